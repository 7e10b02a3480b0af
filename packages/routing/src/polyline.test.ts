import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodePolyline, encodePolyline } from "./polyline.js";

describe("polyline6", () => {
  it("decodes the polyline algorithm's reference example at 5 decimals, as [lon, lat]", () => {
    expect(decodePolyline("_p~iF~ps|U_ulLnnqC_mqNvxq`@", 5)).toEqual([
      [-120.2, 38.5],
      [-120.95, 40.7],
      [-126.453, 43.252],
    ]);
  });

  it("round-trips positions at 1e-6", () => {
    const lonLat = fc.tuple(fc.integer({ min: -180e6, max: 180e6 }), fc.integer({ min: -90e6, max: 90e6 })).map(([x, y]) => [x / 1e6, y / 1e6] as const);
    fc.assert(fc.property(fc.array(lonLat, { maxLength: 30 }), (points) => {
      expect(decodePolyline(encodePolyline(points))).toEqual(points.map(([lon, lat]) => [lon + 0, lat + 0]));
    }));
  });

  it("refuses a truncated polyline", () => {
    expect(() => decodePolyline("_p~iF~ps|U_ulLnnqC_mqNvxq", 5)).toThrow("truncated polyline");
  });
});
