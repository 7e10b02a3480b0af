/** {@link MatrixCache} in process memory: for tests, the command line and single-process use. */
import type { CachedPair, CachedSnap, CacheScope, MatrixCache } from "./matrix-cache.js";

interface ScopeEntries {
  snaps: Map<string, CachedSnap>;
  /** origin key → destination key → pair */
  pairs: Map<string, Map<string, CachedPair>>;
}

export class InMemoryMatrixCache implements MatrixCache {
  private readonly scopes = new Map<string, ScopeEntries>();

  async getSnaps(scope: CacheScope, pins: readonly string[]): Promise<CachedSnap[]> {
    const snaps = this.entries(scope).snaps;
    return pins.flatMap((pin) => {
      const snap = snaps.get(pin);
      return snap ? [{ ...snap }] : [];
    });
  }

  async putSnaps(scope: CacheScope, snaps: readonly CachedSnap[]): Promise<void> {
    const stored = this.entries(scope).snaps;
    for (const snap of snaps) stored.set(snap.pin, { ...snap });
  }

  async getPairsAmong(scope: CacheScope, from: readonly string[], to: readonly string[]): Promise<CachedPair[]> {
    const pairs = this.entries(scope).pairs;
    const found: CachedPair[] = [];
    for (const origin of new Set(from)) {
      const row = pairs.get(origin);
      if (!row) continue;
      for (const destination of new Set(to)) {
        const pair = row.get(destination);
        if (pair) found.push({ ...pair });
      }
    }
    return found;
  }

  async putPairs(scope: CacheScope, pairs: readonly CachedPair[]): Promise<void> {
    const stored = this.entries(scope).pairs;
    for (const pair of pairs) {
      let row = stored.get(pair.from);
      if (!row) stored.set(pair.from, (row = new Map()));
      row.set(pair.to, { ...pair });
    }
  }

  async invalidate(scope: CacheScope): Promise<number> {
    const entries = this.scopes.get(scopeKey(scope));
    if (!entries) return 0;
    let count = entries.snaps.size;
    for (const row of entries.pairs.values()) count += row.size;
    this.scopes.delete(scopeKey(scope));
    return count;
  }

  private entries(scope: CacheScope): ScopeEntries {
    const key = scopeKey(scope);
    let entries = this.scopes.get(key);
    if (!entries) this.scopes.set(key, (entries = { snaps: new Map(), pairs: new Map() }));
    return entries;
  }
}

function scopeKey(scope: CacheScope): string {
  return JSON.stringify([scope.provider, scope.profile]);
}
