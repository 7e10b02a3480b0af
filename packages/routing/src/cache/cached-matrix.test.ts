import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coordinateKey, type LonLat } from "../coordinate.js";
import { OsrmProvider } from "../provider/osrm-provider.js";
import { startProtocolServer, type ProtocolServer } from "../test-support/osrm-protocol-server.js";
import { randomPoints } from "../test-support/random-points.js";
import { coverMissing, fetchSquareMatrix } from "./cached-matrix.js";
import { InMemoryMatrixCache } from "./in-memory-matrix-cache.js";

let server: ProtocolServer;
let provider: OsrmProvider;
beforeAll(async () => {
  server = await startProtocolServer({ maxTableSize: 20 });
  provider = new OsrmProvider({ url: server.url, maxTableSize: 20 });
});
afterAll(() => server.close());

const points = randomPoints(60, 3);

async function requestsFor(run: () => Promise<unknown>): Promise<string[]> {
  const before = server.requests.length;
  await run();
  return server.requests.slice(before);
}

describe("fetchSquareMatrix with a cache", () => {
  it("answers a repeated request from the cache alone, with the same values", async () => {
    const cache = new InMemoryMatrixCache();
    const first = await fetchSquareMatrix(provider, points, cache);
    let second = first;
    const requests = await requestsFor(async () => (second = await fetchSquareMatrix(provider, points, cache)));
    expect(requests).toEqual([]);
    expect(second.durations).toEqual(first.durations);
    expect(second.distances).toEqual(first.distances);
    expect(second.snaps).toEqual(first.snaps.map((snap) => snap && { ...snap, distance: Math.round(snap.distance) }));
    expect(second).toMatchObject({ cachedPairs: 60 * 59, fetchedPairs: 0 });
  });

  it("asks only for the new stop's row and column when one stop is added", async () => {
    const cache = new InMemoryMatrixCache();
    await fetchSquareMatrix(provider, points, cache);
    const added: LonLat = [2.45, 44.95];
    let grown = await fetchSquareMatrix(provider, [added], cache);
    const requests = await requestsFor(async () => (grown = await fetchSquareMatrix(provider, [...points, added], cache)));
    expect(grown.fetchedPairs).toBe(2 * 60);
    expect(grown.cachedPairs).toBe(60 * 59);
    // One row of 61 cells and one column of 60, at most 40 coordinates a request: 2 + 2.
    expect(requests).toHaveLength(4);
    const fresh = await fetchSquareMatrix(provider, [...points, added]);
    expect(grown.durations).toEqual(fresh.durations);
  });

  it("gives fresh values to a stop whose pin moved", async () => {
    const cache = new InMemoryMatrixCache();
    const before = await fetchSquareMatrix(provider, points, cache);
    const moved = points.map((p, i): LonLat => (i === 5 ? [p[0] + 0.01, p[1]] : p));
    const after = await fetchSquareMatrix(provider, moved, cache);
    expect(after.fetchedPairs).toBe(2 * 59);
    expect(after.durations[5]?.[6]).not.toBe(before.durations[5]?.[6]);
    expect(after.durations).toEqual((await fetchSquareMatrix(provider, moved)).durations);
  });

  it("asks the server again after the scope is invalidated", async () => {
    const cache = new InMemoryMatrixCache();
    await fetchSquareMatrix(provider, points.slice(0, 10), cache);
    expect(await cache.invalidate({ provider: "osrm", profile: "driving" })).toBe(10 + 90);
    const requests = await requestsFor(() => fetchSquareMatrix(provider, points.slice(0, 10), cache));
    expect(requests).toHaveLength(1);
  });

  it("stores pairs under the snapped positions, not the pins", async () => {
    const cache = new InMemoryMatrixCache();
    const matrix = await fetchSquareMatrix(provider, points.slice(0, 2), cache);
    const [snapA, snapB] = matrix.snaps;
    const stored = await cache.getPairsAmong({ provider: "osrm", profile: "driving" }, [coordinateKey(snapA!.location)], [coordinateKey(snapB!.location)]);
    expect(stored).toEqual([{ from: coordinateKey(snapA!.location), to: coordinateKey(snapB!.location), duration: matrix.durations[0]?.[1], distance: matrix.distances[0]?.[1] }]);
  });
});

describe("coverMissing", () => {
  it("covers every missing pair with few stops", () => {
    const n = 5;
    const missing = new Uint8Array(n * n);
    for (const [i, j] of [[0, 3], [3, 1], [2, 3], [4, 0]]) missing[i! * n + j!] = 1;
    const cover = coverMissing(missing.slice(), n);
    expect(cover).toEqual([3, 0]);
  });
});
