import { describe, expect, it } from "vitest";
import { decodePolyline } from "../map/polyline";
import { corridorPlan, corridorZooms, tileOf, tileUrl } from "./tiles";

describe("corridor tiles", () => {
  it("finds the tile of a place (Aubusson at zoom 13)", () => {
    expect(tileOf(45.9558, 2.1681, 13)).toEqual({ x: 4145, y: 2915 });
  });

  it("covers the route with a margin and drops the most detailed zooms to stay in budget", () => {
    const route: [number, number][] = [[45.95, 2.16], [45.99, 2.3], [46.05, 2.2]];
    const full = corridorPlan(route, 100_000);
    expect(full.dropped).toEqual([]);
    const small = corridorPlan(route, 400);
    expect(small.tiles.length).toBeLessThanOrEqual(400);
    expect(small.dropped.length).toBeGreaterThan(0);
    expect(small.zooms.at(-1)! < 16).toBe(true);
    expect(new Set(full.tiles.map((t) => `${t.z}/${t.x}/${t.y}`)).size).toBe(full.tiles.length);
  });

  it("prefetches every level of vector tiles, raster tiles from the whole round to the street", () => {
    expect(corridorZooms({ kind: "vector", maxZoom: 14 })).toEqual([8, 9, 10, 11, 12, 13, 14]);
    expect(corridorZooms({ kind: "raster", maxZoom: 19 })).toEqual([9, 10, 11, 12, 13, 14, 15, 16]);
    expect(corridorZooms({ kind: "raster", maxZoom: 14 })).toEqual([9, 10, 11, 12, 13, 14]);
  });

  it("builds tile URLs and decodes precision-6 polylines", () => {
    expect(tileUrl("http://t.test/{z}/{x}/{y}.png", { z: 3, x: 4, y: 2 })).toBe("http://t.test/3/4/2.png");
    // Google's example polyline, encoded at precision 5.
    expect(decodePolyline("_p~iF~ps|U_ulLnnqC_mqNvxq`@", 5)).toEqual([[38.5, -120.2], [40.7, -120.95], [43.252, -126.453]]);
  });
});
