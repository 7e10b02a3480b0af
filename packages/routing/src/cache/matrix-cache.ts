/**
 * Port: where road durations and distances already computed are kept, so a
 * matrix request only asks the routing server for the pairs it lacks.
 *
 * Contract (checked by `describeMatrixCacheContract` in `@tournee/routing/test-support`):
 * - Everything is scoped by `{ provider, profile }`; scopes never see each other's entries.
 * - Positions are keys from `coordinateKey` (`"lon,lat"`, 5 decimals).
 * - A *snap* maps a pin (the stop's position as entered) to the road position the
 *   provider moved it to, and how far; a *pair* holds `from → to` values between
 *   two snapped positions. Pairs are directed: `a → b` and `b → a` differ.
 * - Values are integers: seconds and metres. `null` means "no route" and is a stored value.
 * - `put*` overwrites entries with the same key. `getPairsAmong(from, to)` returns
 *   every stored pair whose origin is in `from` and destination in `to`, in any order.
 * - `invalidate(scope)` removes the scope's snaps and pairs and returns how many entries went.
 */
export interface CacheScope {
  /** `osrm` for the road network; estimates are never stored. */
  provider: string;
  /** Routing profile, e.g. `driving`. */
  profile: string;
}

export interface CachedSnap {
  /** Key of the pin as entered. */
  pin: string;
  /** Key of the road position the pin snapped to. */
  snapped: string;
  /** Metres between the pin and the road, rounded. */
  distance: number;
  /** Road name at the snapped position ("" when unnamed). */
  name: string;
}

export interface CachedPair {
  from: string;
  to: string;
  /** Whole seconds; `null` when the provider found no route. */
  duration: number | null;
  /** Whole metres; `null` when the provider found no route. */
  distance: number | null;
}

export interface MatrixCache {
  getSnaps(scope: CacheScope, pins: readonly string[]): Promise<CachedSnap[]>;
  putSnaps(scope: CacheScope, snaps: readonly CachedSnap[]): Promise<void>;
  getPairsAmong(scope: CacheScope, from: readonly string[], to: readonly string[]): Promise<CachedPair[]>;
  putPairs(scope: CacheScope, pairs: readonly CachedPair[]): Promise<void>;
  invalidate(scope: CacheScope): Promise<number>;
}
