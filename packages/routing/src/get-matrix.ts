/**
 * The one call the planner makes for travel times between its stops.
 *
 * @example
 * const matrix = await getMatrix({
 *   points: [{ id: "a", name: "Mairie", coordinate: [1.5218, 42.5065] }, …],
 *   osrm: osrmConfigFromEnv(),
 *   cache, calibration, allowFallback: true,
 * });
 * matrix.durations[0][1]; // whole seconds from stop a to the second stop, null if unreachable
 */
import type { LonLat } from "./coordinate.js";
import { StopOffRoadError, formatDistance, type OffRoadStop } from "./errors.js";
import type { MatrixCache } from "./cache/matrix-cache.js";
import { fetchSquareMatrix, type SquareMatrix } from "./cache/cached-matrix.js";
import { DEFAULT_FACTORS } from "./estimate/estimator.js";
import { fitFactors } from "./estimate/calibration.js";
import { territoryOf } from "./estimate/territory.js";
import { SnapFailure } from "./osrm/table-blocks.js";
import type { MatrixSource, RoutingProvider } from "./provider/routing-provider.js";
import { estimateProvider, validateStops, withFallback, type RoutingOptions, type RoutingStop, type RoutingWarning } from "./routing-options.js";

export interface GetMatrixOptions extends RoutingOptions {
  points: readonly RoutingStop[];
  cache?: MatrixCache;
  /** A stop farther than this from any road is an error (`STOP_OFF_ROAD`). Default 500 m. */
  maxSnapMeters?: number;
  /** A stop farther than this from a road gets a warning. Default 100 m. */
  warnSnapMeters?: number;
}

export interface SnappedStop {
  id: string;
  /** Road position the provider used, `[lon, lat]`. */
  location: LonLat;
  /** Metres from the stop's pin to that road position. */
  distance: number;
  name: string;
}

export interface RoutingMatrix {
  /**
   * Provenance: `osrm` (road network), `estimate` (great-circle × factors), or `mixed` (OSRM
   * stopped answering: its cached pairs are kept, the others estimated). Show it.
   */
  provider: MatrixSource;
  profile: string;
  /** `durations[i][j]`: whole seconds from `points[i]` to `points[j]`; `null` when no road route exists. */
  durations: (number | null)[][];
  /** Whole metres, same layout. */
  distances: (number | null)[][];
  /** Per point, when the provider snaps to roads (OSRM). */
  snapped?: SnappedStop[];
  warnings: RoutingWarning[];
  /** Ordered pairs with no road route (their cells are `null`). */
  unreachable: { from: string; to: string }[];
  stats: { cachedPairs: number; fetchedPairs: number; estimatedPairs: number };
  /** Share of the off-diagonal pairs that are estimated: 0 for `osrm`, 1 for `estimate`. */
  estimatedShare: number;
  /** Whether the cell (i, j) is estimated (always true for `estimate`, never for `osrm`). */
  isEstimated(i: number, j: number): boolean;
}

export async function getMatrix(options: GetMatrixOptions): Promise<RoutingMatrix> {
  const { points } = options;
  const coordinates = validateStops(points);
  // With a cache, a server that stops answering costs only the pairs it has not given yet.
  const partial = (p: RoutingProvider) => (p.name === "osrm" && options.allowFallback ? () => estimateProvider(options, coordinates) : undefined);
  const { result, provider, warnings } = await withFallback(options, coordinates, (p) =>
    fetchNamingOffRoadStops(p, points, coordinates, options.cache, partial(p)),
  );
  const n = coordinates.length;
  const pairs = n * (n - 1);
  const allEstimated = provider.name === "estimate" || (pairs > 0 && result.estimatedPairs === pairs);
  const source: MatrixSource = allEstimated ? "estimate" : result.estimatedPairs > 0 ? "mixed" : provider.name;
  if (result.unavailable) warnings.push(partialFallbackWarning(result.unavailable, result.estimatedPairs, pairs));
  const matrix: RoutingMatrix = {
    provider: source,
    profile: provider.profile,
    durations: result.durations,
    distances: result.distances,
    warnings,
    unreachable: [],
    stats: { cachedPairs: result.cachedPairs, fetchedPairs: result.fetchedPairs, estimatedPairs: allEstimated ? pairs : result.estimatedPairs },
    estimatedShare: allEstimated ? 1 : pairs > 0 ? result.estimatedPairs / pairs : 0,
    isEstimated: allEstimated ? () => true : (i, j) => result.estimated[i * n + j] === 1,
  };
  if (source === "mixed" || (provider.name === "osrm" && !allEstimated)) {
    matrix.snapped = checkSnaps(points, result, options, warnings);
    await recalibrate(options, provider, coordinates, result, warnings);
  }
  listUnreachable(points, matrix);
  return matrix;
}

/** Fills `unreachable` and warns, naming the stop involved in most of those pairs. */
function listUnreachable(points: readonly RoutingStop[], matrix: RoutingMatrix): void {
  const involvement = new Array<number>(points.length).fill(0);
  matrix.durations.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value !== null || i === j) return;
      matrix.unreachable.push({ from: points[i]?.id ?? "", to: points[j]?.id ?? "" });
      involvement[i] = (involvement[i] ?? 0) + 1;
      involvement[j] = (involvement[j] ?? 0) + 1;
    }),
  );
  if (matrix.unreachable.length === 0) return;
  const worst = points[involvement.indexOf(Math.max(...involvement))];
  matrix.warnings.push({
    code: "UNREACHABLE_PAIRS",
    message: `${matrix.unreachable.length} pairs of stops have no road route between them, most involving stop ${worst?.name}: check its pin`,
    details: { count: matrix.unreachable.length, stop: worst?.name, id: worst?.id },
  });
}

function partialFallbackWarning(error: { url: string; details: Readonly<Record<string, unknown>> }, estimated: number, pairs: number): RoutingWarning {
  const kept = pairs - estimated;
  return {
    code: "ROUTING_FALLBACK",
    message:
      kept > 0
        ? `routing server unreachable at ${error.url}: ${kept} road times kept from earlier answers, ${estimated} of ${pairs} estimated`
        : `routing server unreachable at ${error.url}: planning with estimated distances`,
    details: { url: error.url, reason: error.details.reason, estimatedPairs: estimated, pairs },
  };
}

async function fetchNamingOffRoadStops(
  provider: RoutingProvider,
  points: readonly RoutingStop[],
  coordinates: readonly LonLat[],
  cache: MatrixCache | undefined,
  fallback: (() => Promise<RoutingProvider>) | undefined,
): Promise<SquareMatrix> {
  try {
    return await fetchSquareMatrix(provider, coordinates, cache, fallback);
  } catch (error) {
    if (!(error instanceof SnapFailure)) throw error;
    const stop = points[error.index];
    const distance = await provider.snap(coordinates[error.index] as LonLat).then(
      (snap) => snap.distance,
      () => Number.POSITIVE_INFINITY,
    );
    throw new StopOffRoadError([{ id: stop?.id ?? "", name: stop?.name ?? `#${error.index}`, distanceMeters: distance }]);
  }
}

function checkSnaps(
  points: readonly RoutingStop[],
  matrix: SquareMatrix,
  options: GetMatrixOptions,
  warnings: RoutingWarning[],
): SnappedStop[] {
  const maxSnap = options.maxSnapMeters ?? 500;
  const warnSnap = options.warnSnapMeters ?? 100;
  const offRoad: OffRoadStop[] = [];
  const snapped = points.map((point, i): SnappedStop => {
    const snap = matrix.snaps[i];
    if (!snap) return { id: point.id, location: point.coordinate, distance: 0, name: "" };
    if (snap.distance > maxSnap) offRoad.push({ id: point.id, name: point.name, distanceMeters: snap.distance });
    else if (snap.distance > warnSnap) {
      warnings.push({
        code: "STOP_FAR_FROM_ROAD",
        message: `stop ${point.name} is ${formatDistance(snap.distance)} from the nearest road: check its pin`,
        details: { stop: point.name, id: point.id, distanceMeters: Math.round(snap.distance) },
      });
    }
    return { id: point.id, location: snap.location, distance: Math.round(snap.distance), name: snap.name };
  });
  if (offRoad.length > 0) throw new StopOffRoadError(offRoad.sort((a, b) => b.distanceMeters - a.distanceMeters));
  return snapped;
}

/** Re-fits the territory's estimator factors on the pairs OSRM just computed. */
async function recalibrate(
  options: GetMatrixOptions,
  provider: RoutingProvider,
  coordinates: readonly LonLat[],
  matrix: SquareMatrix,
  warnings: RoutingWarning[],
): Promise<void> {
  const store = options.calibration;
  if (!store || matrix.fetchedPairs === 0) return;
  const scope = { territory: options.territory ?? territoryOf(coordinates), profile: provider.profile };
  const n = coordinates.length;
  try {
    const prior = (await store.load(scope)) ?? DEFAULT_FACTORS;
    const observed = { coordinates, durations: matrix.durations, distances: matrix.distances };
    const fitted = fitFactors(observed, prior, (i, j) => matrix.fetched[i * n + j] === 1);
    if (fitted !== prior) await store.save(scope, fitted);
  } catch (error) {
    warnings.push({
      code: "CALIBRATION_NOT_SAVED",
      message: `the estimate could not learn from these road times (${error instanceof Error ? error.message : String(error)})`,
    });
  }
}
