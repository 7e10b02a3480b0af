/**
 * The fallback when no routing server answers: road distance ≈ great-circle
 * distance × circuity, duration ≈ road distance ÷ speed, both chosen by the
 * band the great-circle distance falls in. Values are whole seconds and metres.
 */
import { greatCircleMeters, type LonLat } from "../coordinate.js";

export interface DistanceBand {
  /** The band covers great-circle distances from this value (metres) up to the next band's. */
  fromMeters: number;
  /** Road distance ÷ great-circle distance. */
  circuity: number;
  /** Average speed over the road distance, km/h. */
  speedKmh: number;
  /** Pairs the values were fitted on; 0 for the defaults. */
  samples: number;
}

export interface EstimatorFactors {
  source: "default" | "fitted";
  /** Sorted by `fromMeters`, the first at 0. */
  bands: DistanceBand[];
  /** ISO date of the last fit. */
  fittedAt?: string;
}

/**
 * Defaults for rural France by car, before any OSRM answer for the territory:
 * circuity rising for short hops (village streets, lanes around fields) and
 * speeds from village streets (30 km/h) to departmental roads (75 km/h).
 * See the package README for how they compare with real OSRM matrices.
 */
export const DEFAULT_FACTORS: EstimatorFactors = {
  source: "default",
  bands: [
    { fromMeters: 0, circuity: 1.6, speedKmh: 30, samples: 0 },
    { fromMeters: 2_000, circuity: 1.45, speedKmh: 45, samples: 0 },
    { fromMeters: 10_000, circuity: 1.35, speedKmh: 60, samples: 0 },
    { fromMeters: 30_000, circuity: 1.3, speedKmh: 75, samples: 0 },
  ],
};

export interface PairEstimate {
  duration: number;
  distance: number;
}

export function bandFor(factors: EstimatorFactors, greatCircle: number): DistanceBand {
  let chosen = factors.bands[0];
  for (const band of factors.bands) if (greatCircle >= band.fromMeters) chosen = band;
  if (!chosen) throw new TypeError("estimator factors have no distance band");
  return chosen;
}

export function estimatePair(from: LonLat, to: LonLat, factors: EstimatorFactors): PairEstimate {
  const greatCircle = greatCircleMeters(from, to);
  if (greatCircle === 0) return { duration: 0, distance: 0 };
  const band = bandFor(factors, greatCircle);
  const distance = greatCircle * band.circuity;
  return { distance: Math.round(distance), duration: Math.round(distance / (band.speedKmh / 3.6)) };
}

/** `sources × destinations` estimate; all of `coordinates` when the index lists are omitted. */
export function estimateTable(
  coordinates: readonly LonLat[],
  factors: EstimatorFactors,
  sources: readonly number[] = coordinates.map((_, i) => i),
  destinations: readonly number[] = sources,
): { durations: number[][]; distances: number[][] } {
  const durations: number[][] = [];
  const distances: number[][] = [];
  for (const s of sources) {
    const durationRow: number[] = [];
    const distanceRow: number[] = [];
    for (const d of destinations) {
      const pair = estimatePair(coordinates[s] as LonLat, coordinates[d] as LonLat, factors);
      durationRow.push(pair.duration);
      distanceRow.push(pair.distance);
    }
    durations.push(durationRow);
    distances.push(distanceRow);
  }
  return { durations, distances };
}
