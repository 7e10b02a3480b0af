import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundsOf } from "./bounds";

describe("boundsOf", () => {
  it("holds all points of a round, with no padding asked", () => {
    const b = boundsOf(
      [
        { lat: 44.6, lng: 1.5 },
        { lat: 44.4, lng: 1.9 },
        { lat: 44.5, lng: 1.7 },
      ],
      { padding: 0 },
    );
    expect(b).toEqual({ south: 44.4, west: 1.5, north: 44.6, east: 1.9 });
  });

  it("gives one stop a neighbourhood instead of an empty box", () => {
    const b = boundsOf([{ lat: 44.45, lng: 1.44 }], { padding: 0 })!;
    expect(b.north - b.south).toBeCloseTo(0.01, 10);
    expect(b.east - b.west).toBeCloseTo(0.01, 10);
    expect((b.north + b.south) / 2).toBeCloseTo(44.45, 10);
  });

  it("skips impossible coordinates and returns nothing when none is left", () => {
    expect(boundsOf([{ lat: Number.NaN, lng: 1 }, { lat: 95, lng: 1 }])).toBeUndefined();
    expect(boundsOf([])).toBeUndefined();
    expect(boundsOf([{ lat: Number.NaN, lng: 1 }, { lat: 44, lng: 1 }], { padding: 0, minSpan: 0 })).toEqual({ south: 44, west: 1, north: 44, east: 1 });
  });

  it("always contains every valid point and stays on the globe", () => {
    const point = fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lng: fc.double({ min: -180, max: 180, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 30 }), fc.double({ min: 0, max: 1, noNaN: true }), (points, padding) => {
        const b = boundsOf(points, { padding })!;
        expect(b.south).toBeGreaterThanOrEqual(-90);
        expect(b.north).toBeLessThanOrEqual(90);
        expect(b.west).toBeGreaterThanOrEqual(-180);
        expect(b.east).toBeLessThanOrEqual(180);
        for (const p of points) {
          expect(p.lat).toBeGreaterThanOrEqual(b.south);
          expect(p.lat).toBeLessThanOrEqual(b.north);
          expect(p.lng).toBeGreaterThanOrEqual(b.west);
          expect(p.lng).toBeLessThanOrEqual(b.east);
        }
      }),
    );
  });
});
