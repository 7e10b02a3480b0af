/**
 * A square matrix over `coordinates` that takes what the cache already has and
 * asks the provider only for the rest: the stops involved in missing pairs
 * (chosen greedily, a small vertex cover) as rows against every stop, and the
 * other stops against them. A cold cache costs one full table; adding one stop
 * to a cached round costs one row and one column. When the provider does not
 * answer and a `fallback` is given, the cached pairs stay and only the pairs
 * still missing are estimated (and never stored).
 */
import { coordinateKey, type LonLat } from "../coordinate.js";
import { RoutingUnavailableError } from "../errors.js";
import type { RoutingProvider, Snap } from "../provider/routing-provider.js";
import type { CachedPair, CachedSnap, CacheScope, MatrixCache } from "./matrix-cache.js";

export interface SquareMatrix {
  durations: (number | null)[][];
  distances: (number | null)[][];
  snaps: (Snap | undefined)[];
  /** Off-diagonal cells taken from the cache. */
  cachedPairs: number;
  /** Off-diagonal cells asked from the provider. */
  fetchedPairs: number;
  /** `fetched[i * n + j]` is 1 when cell (i, j) came from the provider in this call. */
  fetched: Uint8Array;
  /** Off-diagonal cells the fallback estimated because the provider did not answer. */
  estimatedPairs: number;
  /** `estimated[i * n + j]` is 1 when cell (i, j) is the fallback's estimate. */
  estimated: Uint8Array;
  /** Why the fallback was used. */
  unavailable?: RoutingUnavailableError;
}

/** Above this share of missing pairs, fetching the full table is cheaper than covering them. */
const FULL_FETCH_SHARE = 0.5;

export async function fetchSquareMatrix(
  provider: RoutingProvider,
  coordinates: readonly LonLat[],
  cache?: MatrixCache,
  fallback?: () => Promise<RoutingProvider>,
): Promise<SquareMatrix> {
  const n = coordinates.length;
  const all = coordinates.map((_, i) => i);
  if (!cache || provider.name !== "osrm") {
    const table = await provider.table(coordinates, all, all);
    return { ...table, cachedPairs: 0, fetchedPairs: n > 1 ? n * (n - 1) : 0, fetched: new Uint8Array(n * n).fill(1), estimatedPairs: 0, estimated: new Uint8Array(n * n) };
  }
  const scope: CacheScope = { provider: provider.name, profile: provider.profile };
  const pins = coordinates.map(coordinateKey);
  const { matrix, missing, missingCount } = await readCache(cache, scope, pins);
  if (missingCount === 0) return matrix;

  const dirty = missingCount > FULL_FETCH_SHARE * n * (n - 1) ? all : coverMissing(missing.slice(), n);
  const dirtySet = new Set(dirty);
  const clean = all.filter((i) => !dirtySet.has(i));
  const requests: [number[], number[]][] = [[dirty, all]];
  if (clean.length > 0) requests.push([clean, dirty]);
  const fetched: { s: number; d: number; duration: number | null; distance: number | null }[] = [];
  const resnapped = new Set<number>();
  try {
    for (const [sources, destinations] of requests) {
      const table = await provider.table(coordinates, sources, destinations);
      table.snaps.forEach((snap, i) => {
        if (!snap) return;
        matrix.snaps[i] = snap;
        resnapped.add(i);
      });
      sources.forEach((s, r) =>
        destinations.forEach((d, c) => {
          if (s === d) return;
          const cell = { s, d, duration: table.durations[r]?.[c] ?? null, distance: table.distances[r]?.[c] ?? null };
          setCell(matrix, s, d, cell);
          matrix.fetched[s * n + d] = 1;
          missing[s * n + d] = 0;
          fetched.push(cell);
        }),
      );
    }
  } catch (error) {
    if (!(error instanceof RoutingUnavailableError) || !fallback) throw error;
    matrix.unavailable = error;
    await estimateMissing(matrix, missing, coordinates, await fallback());
  }
  matrix.fetchedPairs = fetched.length;

  const snappedKey = matrix.snaps.map((snap) => (snap ? coordinateKey(snap.location) : undefined));
  const freshSnaps = matrix.snaps.flatMap((snap, i): CachedSnap[] =>
    snap && resnapped.has(i) ? [{ pin: pins[i] as string, snapped: snappedKey[i] as string, distance: Math.round(snap.distance), name: snap.name }] : [],
  );
  const freshPairs = fetched.flatMap(({ s, d, duration, distance }): CachedPair[] => {
    const from = snappedKey[s];
    const to = snappedKey[d];
    return from !== undefined && to !== undefined && from !== to ? [{ from, to, duration, distance }] : [];
  });
  await cache.putSnaps(scope, freshSnaps);
  await cache.putPairs(scope, freshPairs);
  return matrix;
}

/** The matrix as far as the cache knows it, and which off-diagonal cells it lacks. */
async function readCache(
  cache: MatrixCache,
  scope: CacheScope,
  pins: readonly string[],
): Promise<{ matrix: SquareMatrix; missing: Uint8Array; missingCount: number }> {
  const n = pins.length;
  const snapByPin = new Map((await cache.getSnaps(scope, [...new Set(pins)])).map((s) => [s.pin, s]));
  const snappedKeys = pins.map((pin) => snapByPin.get(pin)?.snapped);
  const known = [...new Set(snappedKeys.filter((key): key is string => key !== undefined))];
  const pairs = new Map<string, Map<string, CachedPair>>();
  for (const pair of known.length > 0 ? await cache.getPairsAmong(scope, known, known) : []) {
    let row = pairs.get(pair.from);
    if (!row) pairs.set(pair.from, (row = new Map()));
    row.set(pair.to, pair);
  }
  const matrix: SquareMatrix = {
    durations: pins.map(() => new Array<number | null>(n).fill(null)),
    distances: pins.map(() => new Array<number | null>(n).fill(null)),
    snaps: pins.map((pin) => fromCachedSnap(snapByPin.get(pin))),
    cachedPairs: 0,
    fetchedPairs: 0,
    fetched: new Uint8Array(n * n),
    estimatedPairs: 0,
    estimated: new Uint8Array(n * n),
  };
  const missing = new Uint8Array(n * n);
  let missingCount = 0;
  for (let i = 0; i < n; i++) {
    const from = snappedKeys[i];
    const row = from === undefined ? undefined : pairs.get(from);
    for (let j = 0; j < n; j++) {
      const to = snappedKeys[j];
      const pair = i === j || (from !== undefined && from === to) ? zeroPair : to === undefined ? undefined : row?.get(to);
      if (pair) {
        setCell(matrix, i, j, pair);
        if (i !== j) matrix.cachedPairs++;
      } else {
        missing[i * n + j] = 1;
        missingCount++;
      }
    }
  }
  return { matrix, missing, missingCount };
}

/** Fills the cells still `missing` from `estimate`, marking them as estimated; asks only for their rows. */
async function estimateMissing(matrix: SquareMatrix, missing: Uint8Array, coordinates: readonly LonLat[], estimate: RoutingProvider): Promise<void> {
  const n = coordinates.length;
  const rows = coordinates.map((_, i) => i).filter((i) => missing.subarray(i * n, (i + 1) * n).some((cell) => cell === 1));
  if (rows.length === 0) return;
  const all = coordinates.map((_, i) => i);
  const table = await estimate.table(coordinates, rows, all);
  rows.forEach((i, r) =>
    all.forEach((j) => {
      if (!missing[i * n + j]) return;
      setCell(matrix, i, j, { duration: table.durations[r]?.[j] ?? null, distance: table.distances[r]?.[j] ?? null });
      matrix.estimated[i * n + j] = 1;
      if (i !== j) matrix.estimatedPairs++;
    }),
  );
}

const zeroPair: CachedPair = { from: "", to: "", duration: 0, distance: 0 };

function setCell(matrix: SquareMatrix, i: number, j: number, pair: Pick<CachedPair, "duration" | "distance">): void {
  (matrix.durations[i] as (number | null)[])[j] = pair.duration;
  (matrix.distances[i] as (number | null)[])[j] = pair.distance;
}

function fromCachedSnap(snap: CachedSnap | undefined): Snap | undefined {
  if (!snap) return undefined;
  const [lon, lat] = snap.snapped.split(",").map(Number);
  return { location: [lon as number, lat as number], distance: snap.distance, name: snap.name };
}

/** Greedy vertex cover of the missing pairs: the stops whose row and column, fetched, fill every gap. */
export function coverMissing(missing: Uint8Array, n: number): number[] {
  const degree = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (missing[i * n + j]) {
        degree[i] = (degree[i] as number) + 1;
        degree[j] = (degree[j] as number) + 1;
      }
    }
  }
  const cover: number[] = [];
  for (;;) {
    let best = -1;
    for (let i = 0; i < n; i++) if ((degree[i] as number) > 0 && (best < 0 || (degree[i] as number) > (degree[best] as number))) best = i;
    if (best < 0) return cover;
    cover.push(best);
    for (let k = 0; k < n; k++) {
      for (const index of [best * n + k, k * n + best]) {
        if (!missing[index]) continue;
        missing[index] = 0;
        degree[best] = (degree[best] as number) - 1;
        degree[k] = (degree[k] as number) - 1;
      }
    }
  }
}
