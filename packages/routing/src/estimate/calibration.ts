/**
 * Fits the estimator's factors on a matrix a routing server computed, and
 * measures how far an estimate is from such a matrix.
 * Per band: circuity = median(road ÷ great-circle), speed = median(road ÷ duration).
 * A band with fewer than `MIN_BAND_SAMPLES` pairs keeps its previous values;
 * a band fitted before is blended with the new fit, weighted by pair counts
 * (the old weight capped at `MAX_PRIOR_WEIGHT`, so the estimate keeps learning).
 */
import { greatCircleMeters, type LonLat } from "../coordinate.js";
import { bandFor, estimatePair, type DistanceBand, type EstimatorFactors } from "./estimator.js";

export const MIN_BAND_SAMPLES = 5;
export const MAX_PRIOR_WEIGHT = 5_000;
/** Pairs closer than this (metres) say nothing about circuity and are ignored. */
const MIN_PAIR_METERS = 200;

export interface ObservedMatrix {
  coordinates: readonly LonLat[];
  /** Square, seconds; `null` for unreachable pairs (ignored). */
  durations: readonly (readonly (number | null)[])[];
  distances: readonly (readonly (number | null)[])[];
}

interface Sample {
  greatCircle: number;
  duration: number;
  distance: number;
}

/** Keeps the pairs (origin index, destination index) to use; all pairs when omitted. */
export type PairFilter = (from: number, to: number) => boolean;

export function fitFactors(observed: ObservedMatrix, prior: EstimatorFactors, only?: PairFilter, now = new Date()): EstimatorFactors {
  const byBand = new Map<DistanceBand, Sample[]>(prior.bands.map((band) => [band, []]));
  for (const sample of samplesOf(observed, only)) byBand.get(bandFor(prior, sample.greatCircle))?.push(sample);
  let changed = false;
  const bands = prior.bands.map((band) => {
    const samples = byBand.get(band) ?? [];
    if (samples.length < MIN_BAND_SAMPLES) return band;
    changed = true;
    const circuity = median(samples.map((s) => s.distance / s.greatCircle));
    const speedKmh = median(samples.map((s) => (s.distance / s.duration) * 3.6));
    const priorWeight = band.samples > 0 ? Math.min(band.samples, MAX_PRIOR_WEIGHT) : 0;
    const total = priorWeight + samples.length;
    const blend = (old: number, fresh: number): number => round3((old * priorWeight + fresh * samples.length) / total);
    return {
      fromMeters: band.fromMeters,
      circuity: blend(band.circuity, circuity),
      speedKmh: blend(band.speedKmh, speedKmh),
      samples: band.samples + samples.length,
    };
  });
  if (!changed) return prior;
  return { source: "fitted", bands, fittedAt: now.toISOString() };
}

export interface EstimateError {
  pairs: number;
  /** Median of |estimate − actual| duration, seconds. */
  medianAbsoluteDurationError: number;
  /** Median of |estimate − actual| ÷ actual duration. */
  medianRelativeDurationError: number;
  medianRelativeDistanceError: number;
  /** 90th percentile of the relative duration error. */
  p90RelativeDurationError: number;
  /** Estimate ÷ actual duration, pair by pair: how far single legs stray (1 is exact). */
  durationRatio: Spread;
}

/** Quantiles of a list of values. */
export interface Spread {
  min: number;
  p5: number;
  p25: number;
  median: number;
  p75: number;
  p95: number;
  max: number;
}

export function spreadOf(values: readonly number[]): Spread {
  const q = (p: number) => quantile(values, p);
  return { min: q(0), p5: q(0.05), p25: q(0.25), median: q(0.5), p75: q(0.75), p95: q(0.95), max: q(1) };
}

/** Estimate ÷ actual duration for each usable pair. */
export function durationRatios(observed: ObservedMatrix, factors: EstimatorFactors, only?: PairFilter): number[] {
  const ratios: number[] = [];
  for (const sample of samplesOf(observed, only)) {
    ratios.push(estimatePair(observed.coordinates[sample.from] as LonLat, observed.coordinates[sample.to] as LonLat, factors).duration / sample.duration);
  }
  return ratios;
}

export function measureEstimateError(observed: ObservedMatrix, factors: EstimatorFactors, only?: PairFilter): EstimateError {
  const absDuration: number[] = [];
  const relDuration: number[] = [];
  const relDistance: number[] = [];
  for (const sample of samplesOf(observed, only)) {
    const estimate = estimatePair(observed.coordinates[sample.from] as LonLat, observed.coordinates[sample.to] as LonLat, factors);
    absDuration.push(Math.abs(estimate.duration - sample.duration));
    relDuration.push(Math.abs(estimate.duration - sample.duration) / sample.duration);
    relDistance.push(Math.abs(estimate.distance - sample.distance) / sample.distance);
  }
  return {
    pairs: absDuration.length,
    medianAbsoluteDurationError: median(absDuration),
    medianRelativeDurationError: median(relDuration),
    medianRelativeDistanceError: median(relDistance),
    p90RelativeDurationError: quantile(relDuration, 0.9),
    durationRatio: spreadOf(durationRatios(observed, factors, only)),
  };
}

function* samplesOf(observed: ObservedMatrix, only?: PairFilter): Generator<Sample & { from: number; to: number }> {
  const n = observed.coordinates.length;
  for (let from = 0; from < n; from++) {
    for (let to = 0; to < n; to++) {
      if (from === to || (only && !only(from, to))) continue;
      const duration = observed.durations[from]?.[to];
      const distance = observed.distances[from]?.[to];
      if (duration == null || distance == null || duration <= 0 || distance <= 0) continue;
      const greatCircle = greatCircleMeters(observed.coordinates[from] as LonLat, observed.coordinates[to] as LonLat);
      if (greatCircle < MIN_PAIR_METERS) continue;
      yield { from, to, greatCircle, duration, distance };
    }
  }
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (position - low);
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
