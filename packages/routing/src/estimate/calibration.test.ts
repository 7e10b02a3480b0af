// Calibration on the real 25-village OSRM matrix of Andorra (Data © OpenStreetMap contributors, ODbL 1.0).
import { describe, expect, it } from "vitest";
import { greatCircleMeters } from "../coordinate.js";
import { andorraTable } from "../test-support/osrm-fixtures.js";
import { crossValidate } from "../test-support/cross-validate.js";
import { fitFactors, measureEstimateError, median, MIN_BAND_SAMPLES, type ObservedMatrix } from "./calibration.js";
import { DEFAULT_FACTORS, estimatePair, estimateTable } from "./estimator.js";

const table = andorraTable();
const observed: ObservedMatrix = {
  coordinates: table.coordinates,
  durations: table.response.durations ?? [],
  distances: table.response.distances ?? [],
};

describe("estimator", () => {
  it("gives whole seconds and metres, zero on the diagonal, longer roads than the straight line", () => {
    const { durations, distances } = estimateTable(table.coordinates.slice(0, 4), DEFAULT_FACTORS);
    expect(durations[2]?.[2]).toBe(0);
    expect(Number.isInteger(durations[0]?.[1])).toBe(true);
    expect(distances[0]?.[1]).toBeGreaterThan(greatCircleMeters(table.coordinates[0]!, table.coordinates[1]!));
  });

  it("uses the band of the great-circle distance: 20 km at 1.35 and 60 km/h", () => {
    const from = [2.0, 45.0] as const;
    const to = [2.0 + 20_000 / (111_195 * Math.cos((45 * Math.PI) / 180)), 45.0] as const;
    const estimate = estimatePair(from, to, DEFAULT_FACTORS);
    expect(estimate.distance).toBeCloseTo(27_000, -2);
    expect(estimate.duration).toBeCloseTo(27_000 / (60 / 3.6), -1);
  });
});

describe("fitting the estimator on a real OSRM matrix (25 Andorran villages)", () => {
  it("finds the mountain roads' circuity: about 1.7 where most pairs are", () => {
    const fitted = fitFactors(observed, DEFAULT_FACTORS);
    expect(fitted.source).toBe("fitted");
    const busiest = [...fitted.bands].sort((a, b) => b.samples - a.samples)[0];
    expect(busiest?.circuity).toBeGreaterThan(1.6);
    expect(busiest?.circuity).toBeLessThan(1.8);
    const ratios = observed.coordinates.flatMap((a, i) =>
      observed.coordinates.flatMap((b, j) => (i === j ? [] : [(observed.distances[i]?.[j] ?? 0) / greatCircleMeters(a, b)])),
    );
    expect(median(ratios)).toBeCloseTo(1.7, 1);
  });

  it("predicts held-out pairs better than the defaults; median absolute error bounded (reported in the README)", () => {
    const report = crossValidate(observed, 5);
    expect(report.defaults.pairs).toBe(600);
    expect(report.heldOut.medianAbsoluteDurationError).toBeLessThan(report.defaults.medianAbsoluteDurationError);
    expect(report.heldOut.medianAbsoluteDurationError).toBeLessThan(200);
    expect(report.heldOut.medianRelativeDurationError).toBeLessThan(0.25);
    expect(report.defaults.medianRelativeDurationError).toBeLessThan(0.3);
  });

  it("keeps a band's previous values when it has too few pairs", () => {
    const fitted = fitFactors(observed, DEFAULT_FACTORS);
    const farBand = fitted.bands.at(-1);
    expect(farBand?.samples).toBeLessThan(MIN_BAND_SAMPLES);
    expect(farBand).toEqual(DEFAULT_FACTORS.bands.at(-1));
  });

  it("blends a new fit with the previous one by pair counts", () => {
    const first = fitFactors(observed, DEFAULT_FACTORS);
    const again = fitFactors(observed, first);
    const band = again.bands[1];
    expect(band?.samples).toBe((first.bands[1]?.samples ?? 0) * 2);
    expect(band?.circuity).toBeCloseTo(first.bands[1]?.circuity ?? 0, 2);
  });

  it("ignores unreachable pairs and returns the prior unchanged with nothing to learn from", () => {
    const empty: ObservedMatrix = { coordinates: observed.coordinates.slice(0, 2), durations: [[0, null], [null, 0]], distances: [[0, null], [null, 0]] };
    expect(fitFactors(empty, DEFAULT_FACTORS)).toBe(DEFAULT_FACTORS);
    expect(measureEstimateError(empty, DEFAULT_FACTORS).pairs).toBe(0);
  });
});
