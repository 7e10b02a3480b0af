import { describe, expect, it } from "vitest";
import { mapBackground, tileOrigin } from "./map-background.js";

const base = { TILES_PATH: undefined, TILE_URL: undefined, TILE_ATTRIBUTION: "© OpenStreetMap contributors", TILE_PREFETCH: "forbidden" as const };

describe("mapBackground", () => {
  it("prefers the self-hosted vector tiles, whose corridor may be prefetched", () => {
    expect(mapBackground({ ...base, TILES_PATH: "/srv/tiles", TILE_URL: "https://t.example.org/{z}/{x}/{y}.png" })).toEqual({
      kind: "vector", url: "/tiles/{z}/{x}/{y}.pbf", attribution: "© OpenStreetMap contributors", maxZoom: 14, prefetchAllowed: true,
    });
  });

  it("never allows prefetching from the public OpenStreetMap servers, even when told to", () => {
    const osm = mapBackground({ ...base, TILE_URL: "https://tile.openstreetmap.org/{z}/{x}/{y}.png", TILE_PREFETCH: "allowed" });
    expect(osm).toMatchObject({ kind: "raster", prefetchAllowed: false });
    expect(mapBackground({ ...base, TILE_URL: "https://tiles.example.org/{z}/{x}/{y}.png", TILE_PREFETCH: "allowed" })?.prefetchAllowed).toBe(true);
    expect(mapBackground(base)).toBeNull();
  });

  it("names the tiles' origin for the content security policy, none for this server's", () => {
    expect(tileOrigin("https://data.geopf.fr/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}")).toBe("https://data.geopf.fr");
    expect(tileOrigin("/tiles/{z}/{x}/{y}.pbf")).toBeUndefined();
  });
});
