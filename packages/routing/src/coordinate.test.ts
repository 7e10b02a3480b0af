import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertLonLat, coordinateKey, formatLonLat, greatCircleMeters } from "./coordinate.js";
import { InvalidCoordinateError } from "./errors.js";

describe("assertLonLat", () => {
  it("accepts [lon, lat] in range", () => {
    expect(assertLonLat([2.44, 44.93], "Mairie")).toEqual([2.44, 44.93]);
  });

  it.each([
    [[44.93], "expected [longitude, latitude]"],
    [["2.4", 44.9], "must be numbers"],
    [[Number.NaN, 44.9], "must be numbers"],
    [[181, 44.9], "longitude must be between -180 and 180"],
    [[2.4, 95], "latitude must be between -90 and 90"],
  ])("refuses %j and names the stop", (value, reason) => {
    expect(() => assertLonLat(value, "Lieu-dit Les Granges")).toThrow(InvalidCoordinateError);
    expect(() => assertLonLat(value, "Lieu-dit Les Granges")).toThrow(`stop Lieu-dit Les Granges has an invalid position (`);
    expect(() => assertLonLat(value, "x")).toThrow(reason);
  });
});

describe("coordinate keys and distances", () => {
  it("rounds keys to 5 decimals and formats OSRM coordinates with at most 6", () => {
    expect(coordinateKey([1.5216254, 42.5064961])).toBe("1.52163,42.5065");
    expect(coordinateKey([-0.000001, 0])).toBe("0,0");
    expect(formatLonLat([1.5218, 42.5065])).toBe("1.5218,42.5065");
  });

  it("measures one degree of latitude as about 111.2 km", () => {
    expect(greatCircleMeters([2, 45], [2, 46])).toBeCloseTo(111_195, -1);
  });

  it("is symmetric and zero on the same point", () => {
    const lonLat = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -89, max: 89, noNaN: true }));
    fc.assert(
      fc.property(lonLat, lonLat, (a, b) => {
        expect(greatCircleMeters(a, b)).toBeCloseTo(greatCircleMeters(b, a), 6);
        expect(greatCircleMeters(a, a)).toBe(0);
      }),
    );
  });
});
