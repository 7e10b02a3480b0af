// OSRM answers are real recordings over Andorra (Data © OpenStreetMap contributors, ODbL 1.0).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InMemoryCalibrationStore } from "./cache/calibration-store.js";
import { InMemoryMatrixCache } from "./cache/in-memory-matrix-cache.js";
import type { LonLat } from "./coordinate.js";
import { InvalidCoordinateError, RoutingRejectedError, RoutingUnavailableError, StopOffRoadError } from "./errors.js";
import { DEFAULT_FACTORS } from "./estimate/estimator.js";
import { territoryOf } from "./estimate/territory.js";
import { getMatrix } from "./get-matrix.js";
import { sendJson, startTestServer } from "./test-support/http-test-server.js";
import { startFixtureServer, type FixtureServer } from "./test-support/osrm-fixture-server.js";
import { andorraTable, fixtureCoordinates, loadFixture } from "./test-support/osrm-fixtures.js";
import { startProtocolServer } from "./test-support/osrm-protocol-server.js";

const andorra = andorraTable();
const stops = andorra.coordinates.map((coordinate, i) => ({ id: `s${i}`, name: `Village ${i}`, coordinate }));
let fixtures: FixtureServer;
beforeAll(async () => {
  fixtures = await startFixtureServer({ fixtures: [loadFixture("table-far-point-snapped")], table: loadFixture("table-andorra-25") });
});
afterAll(() => fixtures.close());

async function closedServerUrl(): Promise<string> {
  const server = await startTestServer((_, response) => sendJson(response, 200, {}));
  await server.close();
  return server.url;
}

describe("getMatrix with OSRM", () => {
  it("returns OSRM's matrix in whole seconds and metres, with provenance and snapped stops", async () => {
    const matrix = await getMatrix({ points: stops, osrm: { url: fixtures.url } });
    expect(matrix.provider).toBe("osrm");
    expect(matrix.profile).toBe("driving");
    expect(matrix.durations[0]?.slice(0, 3)).toEqual([0, 429, 343]);
    expect(matrix.distances[0]?.[1]).toBe(6036);
    expect(matrix.snapped?.[0]).toEqual({ id: "s0", location: [1.521625, 42.506496], distance: 14, name: "" });
    expect(matrix.unreachable).toEqual([]);
    expect(matrix.warnings.map((w) => w.code)).toEqual(["STOP_FAR_FROM_ROAD", "STOP_FAR_FROM_ROAD"]);
    expect(matrix.warnings[0]?.message).toMatch(/^stop Village \d+ is 1\d\d m from the nearest road: check its pin$/);
  });

  it("refuses a stop snapped far away: 'stop ‹name› is 112 km from any road: move its pin'", async () => {
    const far = fixtureCoordinates(loadFixture("table-far-point-snapped"));
    const points = [
      { id: "a", name: "Andorra la Vella", coordinate: far[0]! },
      { id: "b", name: "Halte du port", coordinate: far[1]! },
    ];
    const failing = getMatrix({ points, osrm: { url: fixtures.url } });
    await expect(failing).rejects.toThrow(StopOffRoadError);
    await expect(failing).rejects.toThrow("stop Halte du port is 112 km from any road: move its pin");
    await expect(failing).rejects.toMatchObject({ code: "STOP_OFF_ROAD", kind: "input", details: { stops: [{ id: "b", name: "Halte du port" }] } });
  });

  it("re-fits the territory's estimator factors on OSRM's answer, then estimates with them", async () => {
    const calibration = new InMemoryCalibrationStore();
    await getMatrix({ points: stops, osrm: { url: fixtures.url }, calibration });
    const fitted = await calibration.load({ territory: territoryOf(andorra.coordinates), profile: "driving" });
    expect(fitted?.source).toBe("fitted");
    const estimated = await getMatrix({ points: stops, calibration });
    const plain = await getMatrix({ points: stops });
    expect(estimated.provider).toBe("estimate");
    expect(estimated.warnings[0]?.message).toContain("fitted on this territory's road times");
    const error = (m: typeof plain): number => {
      let sum = 0;
      m.durations.forEach((row, i) => row.forEach((v, j) => (sum += Math.abs((v ?? 0) - (andorra.response.durations?.[i]?.[j] ?? 0)))));
      return sum;
    };
    expect(error(estimated)).toBeLessThan(error(plain));
  });

  it("does not re-fit on pairs that came from the cache", async () => {
    const calibration = new InMemoryCalibrationStore();
    const cache = new InMemoryMatrixCache();
    const scope = { territory: "andorre", profile: "driving" };
    await getMatrix({ points: stops, osrm: { url: fixtures.url }, calibration, cache, territory: "andorre" });
    const once = await calibration.load(scope);
    const again = await getMatrix({ points: stops, osrm: { url: fixtures.url }, calibration, cache, territory: "andorre" });
    expect(again.stats).toEqual({ cachedPairs: 600, fetchedPairs: 0, estimatedPairs: 0 });
    expect(await calibration.load(scope)).toEqual(once);
  });

  it("answers a round fully in the cache even when the server is down", async () => {
    const cache = new InMemoryMatrixCache();
    const first = await getMatrix({ points: stops, osrm: { url: fixtures.url }, cache });
    const offline = await getMatrix({ points: stops, osrm: { url: await closedServerUrl(), retries: 0 }, cache });
    expect(offline.provider).toBe("osrm");
    expect(offline.durations).toEqual(first.durations);
  });

  it("keeps the cached road times when the server goes away, and estimates only the pairs it lacks (mixed)", async () => {
    const cache = new InMemoryMatrixCache();
    const first = await getMatrix({ points: stops, osrm: { url: fixtures.url }, cache });
    const added = { id: "new", name: "Nouvelle halte", coordinate: [1.55, 42.52] as LonLat };
    const down = { url: await closedServerUrl(), retries: 0 };
    const mixed = await getMatrix({ points: [...stops, added], osrm: down, cache, allowFallback: true });
    expect(mixed.provider).toBe("mixed");
    expect(mixed.durations.slice(0, 25).map((row) => row.slice(0, 25))).toEqual(first.durations);
    expect(mixed.stats).toEqual({ cachedPairs: 600, fetchedPairs: 0, estimatedPairs: 50 });
    expect(mixed.estimatedShare).toBeCloseTo(50 / 650, 6);
    expect(mixed.isEstimated(0, 1)).toBe(false);
    expect(mixed.isEstimated(0, 25)).toBe(true);
    expect(mixed.isEstimated(25, 3)).toBe(true);
    expect(mixed.durations[25]?.[3]).toBeGreaterThan(0);
    expect(mixed.warnings.find((w) => w.code === "ROUTING_FALLBACK")?.message).toBe(`routing server unreachable at ${down.url}: 600 road times kept from earlier answers, 50 of 650 estimated`);
    // Estimates are never stored as road times: the cache still holds the 25 snaps and 600 pairs.
    expect(await cache.invalidate({ provider: "osrm", profile: "driving" })).toBe(25 + 600);
  });

  it("calls it an estimate when nothing was cached, and still refuses without allowFallback", async () => {
    const down = { url: await closedServerUrl(), retries: 0 };
    const estimated = await getMatrix({ points: stops.slice(0, 4), osrm: down, cache: new InMemoryMatrixCache(), allowFallback: true });
    expect(estimated).toMatchObject({ provider: "estimate", estimatedShare: 1 });
    expect(estimated.isEstimated(0, 1)).toBe(true);
    await expect(getMatrix({ points: stops.slice(0, 4), osrm: down, cache: new InMemoryMatrixCache() })).rejects.toThrow(RoutingUnavailableError);
  });

  it("lists unreachable pairs and leaves their cells null", async () => {
    const server = await startProtocolServer({ isIsland: ([lon]) => lon > 9 });
    try {
      const points = [
        { id: "a", name: "A", coordinate: [2.4, 44.9] as LonLat },
        { id: "b", name: "B", coordinate: [2.5, 44.95] as LonLat },
        { id: "corse", name: "Bastia", coordinate: [9.45, 42.7] as LonLat },
      ];
      const matrix = await getMatrix({ points, osrm: { url: server.url } });
      expect(matrix.durations[0]?.[2]).toBeNull();
      expect(matrix.unreachable).toEqual([
        { from: "a", to: "corse" },
        { from: "b", to: "corse" },
        { from: "corse", to: "a" },
        { from: "corse", to: "b" },
      ]);
      expect(matrix.warnings.find((w) => w.code === "UNREACHABLE_PAIRS")?.message).toBe(
        "4 pairs of stops have no road route between them, most involving stop Bastia: check its pin",
      );
    } finally {
      await server.close();
    }
  });

  it("names the stop OSRM could not snap (NoSegment) and how far it is from a road", async () => {
    const server = await startTestServer((request, response) => {
      if (request.url?.startsWith("/nearest/")) return sendJson(response, 200, { code: "Ok", waypoints: [{ location: [1.5, 42.5], name: "", distance: 1234 }] });
      sendJson(response, 400, { code: "NoSegment", message: "Could not find a matching segment for coordinate 1" });
    });
    try {
      const failing = getMatrix({ points: stops.slice(0, 3), osrm: { url: server.url } });
      await expect(failing).rejects.toThrow("stop Village 1 is 1.2 km from any road: move its pin");
    } finally {
      await server.close();
    }
  });

  it("reports a misconfigured server (wrong service or version) as ROUTING_REJECTED, without retrying", async () => {
    let count = 0;
    const body = loadFixture("error-invalid-version");
    const server = await startTestServer((_, response) => void (count++, sendJson(response, body.status, body.response)));
    try {
      const failing = getMatrix({ points: stops.slice(0, 2), osrm: { url: server.url, retries: 3 }, allowFallback: true });
      await expect(failing).rejects.toThrow(RoutingRejectedError);
      await expect(failing).rejects.toThrow("refused the request (InvalidVersion: Service table not found!)");
      expect(count).toBe(1);
    } finally {
      await server.close();
    }
  });
});

describe("getMatrix without a routing server", () => {
  it("estimates when no OSRM is configured, and says so", async () => {
    const matrix = await getMatrix({ points: stops.slice(0, 3) });
    expect(matrix.provider).toBe("estimate");
    expect(matrix.snapped).toBeUndefined();
    expect(matrix.warnings).toEqual([{ code: "ESTIMATED", message: "no routing server configured: durations and distances are estimated" }]);
    expect(matrix.durations.flat().every((v) => Number.isInteger(v))).toBe(true);
  });

  it("falls back to the estimate when allowed and the server is unreachable", async () => {
    const url = await closedServerUrl();
    const matrix = await getMatrix({ points: stops.slice(0, 3), osrm: { url, retries: 1, retryBaseDelayMs: 1 }, allowFallback: true });
    expect(matrix.provider).toBe("estimate");
    expect(matrix.warnings[0]).toMatchObject({
      code: "ROUTING_FALLBACK",
      message: `routing server unreachable at ${url}: planning with estimated distances`,
    });
    expect(matrix.durations).toEqual((await getMatrix({ points: stops.slice(0, 3) })).durations);
  });

  it("throws RoutingUnavailableError when the fallback is not allowed", async () => {
    const url = await closedServerUrl();
    const failing = getMatrix({ points: stops.slice(0, 3), osrm: { url, retries: 0 } });
    await expect(failing).rejects.toThrow(RoutingUnavailableError);
    await expect(failing).rejects.toThrow(`routing server unreachable at ${url} (ECONNREFUSED)`);
  });

  it("refuses an invalid pin before asking anything, naming the stop", async () => {
    const points = [...stops.slice(0, 2), { id: "x", name: "Les Granges", coordinate: [42.5, 95] as LonLat }];
    const before = fixtures.requests.length;
    await expect(getMatrix({ points, osrm: { url: fixtures.url } })).rejects.toThrow(InvalidCoordinateError);
    expect(fixtures.requests.length).toBe(before);
    await expect(getMatrix({ points })).rejects.toThrow("stop Les Granges has an invalid position (latitude must be between -90 and 90)");
  });

  it("handles an empty round and a single stop", async () => {
    expect((await getMatrix({ points: [], osrm: { url: fixtures.url } })).durations).toEqual([]);
    const single = await getMatrix({ points: stops.slice(0, 1), osrm: { url: fixtures.url }, cache: new InMemoryMatrixCache() });
    expect(single).toMatchObject({ provider: "osrm", durations: [[0]], distances: [[0]] });
  });

  it("uses the documented defaults when nothing was fitted", async () => {
    const matrix = await getMatrix({ points: stops.slice(0, 2), calibration: new InMemoryCalibrationStore() });
    expect(DEFAULT_FACTORS.source).toBe("default");
    expect(matrix.warnings[0]?.message).not.toContain("fitted");
  });
});
