/**
 * How well fitted factors predict pairs they were not fitted on: the stops are
 * split into `folds` groups; for each group, factors are fitted on the pairs
 * among the other stops and measured on the pairs touching the group.
 */
import { DEFAULT_FACTORS, type EstimatorFactors } from "../estimate/estimator.js";
import { durationRatios, fitFactors, measureEstimateError, median, spreadOf, type EstimateError, type ObservedMatrix, type Spread } from "../estimate/calibration.js";

export interface CrossValidation {
  /** Error of the documented defaults over every pair. */
  defaults: EstimateError;
  /** Error of factors fitted on all pairs, measured on the same pairs (optimistic). */
  fittedInSample: EstimateError;
  /** Medians over the folds of the held-out errors. */
  heldOut: { medianAbsoluteDurationError: number; medianRelativeDurationError: number; medianRelativeDistanceError: number; durationRatio: Spread };
  fitted: EstimatorFactors;
}

export function crossValidate(observed: ObservedMatrix, folds = 5): CrossValidation {
  const n = observed.coordinates.length;
  const fold = (i: number): number => i % folds;
  const heldOutRatios: number[] = [];
  const perFold = Array.from({ length: folds }, (_, k) => {
    const factors = fitFactors(observed, DEFAULT_FACTORS, (i, j) => fold(i) !== k && fold(j) !== k);
    const heldOut = (i: number, j: number) => fold(i) === k || fold(j) === k;
    heldOutRatios.push(...durationRatios(observed, factors, heldOut));
    return measureEstimateError(observed, factors, heldOut);
  });
  const fitted = fitFactors(observed, DEFAULT_FACTORS);
  return {
    defaults: measureEstimateError(observed, DEFAULT_FACTORS),
    fittedInSample: measureEstimateError(observed, fitted),
    heldOut: {
      medianAbsoluteDurationError: median(perFold.map((e) => e.medianAbsoluteDurationError)),
      medianRelativeDurationError: median(perFold.map((e) => e.medianRelativeDurationError)),
      medianRelativeDistanceError: median(perFold.map((e) => e.medianRelativeDistanceError)),
      durationRatio: spreadOf(heldOutRatios),
    },
    fitted: n > 0 ? fitted : DEFAULT_FACTORS,
  };
}
