/**
 * The behaviour every {@link MatrixCache} must have. Run it on each adapter:
 *
 * @example
 * describeMatrixCacheContract("PrismaMatrixCache", async () => new PrismaMatrixCache(prisma));
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { CachedPair, CacheScope, MatrixCache } from "../cache/matrix-cache.js";

const osrm: CacheScope = { provider: "osrm", profile: "driving" };
const a = "1.5218,42.5065";
const b = "1.49206,42.46666";
const c = "1.46314,42.45378";

export function describeMatrixCacheContract(name: string, makeCache: () => MatrixCache | Promise<MatrixCache>): void {
  describe(`MatrixCache contract: ${name}`, () => {
    let cache: MatrixCache;
    beforeEach(async () => {
      cache = await makeCache();
    });

    it("finds nothing it was not given", async () => {
      expect(await cache.getSnaps(osrm, [a, b])).toEqual([]);
      expect(await cache.getPairsAmong(osrm, [a, b], [a, b])).toEqual([]);
    });

    it("returns stored snaps by pin, overwriting on the same pin", async () => {
      await cache.putSnaps(osrm, [
        { pin: a, snapped: b, distance: 14, name: "" },
        { pin: c, snapped: c, distance: 0, name: "Carretera de Fontaneda" },
      ]);
      await cache.putSnaps(osrm, [{ pin: a, snapped: c, distance: 1212, name: "Route" }]);
      const snaps = await cache.getSnaps(osrm, [a, c, b]);
      expect(sortBy(snaps, "pin")).toEqual(
        sortBy(
          [
            { pin: c, snapped: c, distance: 0, name: "Carretera de Fontaneda" },
            { pin: a, snapped: c, distance: 1212, name: "Route" },
          ],
          "pin",
        ),
      );
    });

    it("keeps pairs directed, as integers, with null for no route", async () => {
      const pairs: CachedPair[] = [
        { from: a, to: b, duration: 429, distance: 6036 },
        { from: b, to: a, duration: 1495, distance: 6086 },
        { from: a, to: c, duration: null, distance: null },
      ];
      await cache.putPairs(osrm, pairs);
      expect(sortPairs(await cache.getPairsAmong(osrm, [a, b, c], [a, b, c]))).toEqual(sortPairs(pairs));
    });

    it("returns only pairs whose origin is in `from` and destination in `to`", async () => {
      await cache.putPairs(osrm, [
        { from: a, to: b, duration: 1, distance: 10 },
        { from: b, to: a, duration: 2, distance: 20 },
        { from: b, to: c, duration: 3, distance: 30 },
      ]);
      expect(await cache.getPairsAmong(osrm, [a], [b, c])).toEqual([{ from: a, to: b, duration: 1, distance: 10 }]);
      expect(sortPairs(await cache.getPairsAmong(osrm, [b], [a, c]))).toHaveLength(2);
      expect(await cache.getPairsAmong(osrm, [c], [a, b])).toEqual([]);
    });

    it("overwrites a pair put again", async () => {
      await cache.putPairs(osrm, [{ from: a, to: b, duration: 1, distance: 10 }]);
      await cache.putPairs(osrm, [{ from: a, to: b, duration: 5, distance: 50 }]);
      expect(await cache.getPairsAmong(osrm, [a], [b])).toEqual([{ from: a, to: b, duration: 5, distance: 50 }]);
    });

    it("keeps provider and profile scopes apart, and invalidates one scope only", async () => {
      const walking = { provider: "osrm", profile: "foot" };
      const other = { provider: "other", profile: "driving" };
      for (const [scope, duration] of [[osrm, 1], [walking, 2], [other, 3]] as const) {
        await cache.putPairs(scope, [{ from: a, to: b, duration, distance: duration * 10 }]);
        await cache.putSnaps(scope, [{ pin: a, snapped: a, distance: duration, name: "" }]);
      }
      expect((await cache.getPairsAmong(walking, [a], [b]))[0]?.duration).toBe(2);
      expect(await cache.invalidate(osrm)).toBe(2);
      expect(await cache.getPairsAmong(osrm, [a], [b])).toEqual([]);
      expect(await cache.getSnaps(osrm, [a])).toEqual([]);
      expect((await cache.getPairsAmong(walking, [a], [b]))[0]?.duration).toBe(2);
      expect((await cache.getSnaps(other, [a]))[0]?.distance).toBe(3);
      expect(await cache.invalidate(osrm)).toBe(0);
    });

    it("is not changed by mutating what it returned", async () => {
      await cache.putPairs(osrm, [{ from: a, to: b, duration: 1, distance: 10 }]);
      const [pair] = await cache.getPairsAmong(osrm, [a], [b]);
      if (pair) pair.duration = 999;
      expect((await cache.getPairsAmong(osrm, [a], [b]))[0]?.duration).toBe(1);
    });

    it("handles a 100-stop round (9,900 pairs) in one put and one get", async () => {
      const keys = Array.from({ length: 100 }, (_, i) => `${(1 + i / 1000).toFixed(5)},42.50000`);
      const pairs = keys.flatMap((from, i) =>
        keys.flatMap((to, j) => (i === j ? [] : [{ from, to, duration: i * 100 + j, distance: j * 100 + i }])),
      );
      await cache.putPairs(osrm, pairs);
      const found = await cache.getPairsAmong(osrm, keys, keys);
      expect(found).toHaveLength(9_900);
      expect(found.find((p) => p.from === keys[7] && p.to === keys[42])).toEqual({ from: keys[7], to: keys[42], duration: 742, distance: 4207 });
    });
  });
}

function sortPairs(pairs: CachedPair[]): CachedPair[] {
  return [...pairs].sort((x, y) => `${x.from}|${x.to}`.localeCompare(`${y.from}|${y.to}`));
}

function sortBy<T extends Record<K, string>, K extends string>(items: T[], key: K): T[] {
  return [...items].sort((x, y) => x[key].localeCompare(y[key]));
}
