// Contract tests: the client against real OSRM v26 answers (Data © OpenStreetMap contributors, ODbL 1.0).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { greatCircleMeters } from "../coordinate.js";
import { decodePolyline } from "../polyline.js";
import { startFixtureServer, type FixtureServer } from "../test-support/osrm-fixture-server.js";
import { andorraTable, fixtureCoordinates, loadFixture, type FixtureName } from "../test-support/osrm-fixtures.js";
import type { OsrmRouteResponse, OsrmTableResponse } from "./osrm-types.js";
import { OsrmClient } from "./osrm-client.js";
import { OsrmResponseError, osrmGet } from "./osrm-http.js";
import { fetchTableInBlocks } from "./table-blocks.js";

const names: FixtureName[] = [
  "table-andorra-25",
  "table-andorra-sources-destinations",
  "table-far-point-snapped",
  "route-andorra-5",
  "route-andorra-5-steps",
  "nearest-andorra",
  "error-nosegment-radius",
  "error-invalid-value",
];
let server: FixtureServer;
let osrm: OsrmClient;
const andorra = andorraTable();

beforeAll(async () => {
  // The route recordings were made before routes allowed U-turns at stops: they show the shape.
  server = await startFixtureServer({ fixtures: names.map((name) => loadFixture(name)), lenientParams: ["continue_straight"] });
  osrm = new OsrmClient({ url: server.url, retries: 0 });
});
afterAll(() => server.close());

describe("OsrmClient against recorded OSRM v26 responses", () => {
  it("reads a 25 × 25 table: seconds and metres, zero diagonal, asymmetric", async () => {
    const table = await osrm.table(andorra.coordinates);
    expect(table.durations).toHaveLength(25);
    expect(table.durations?.[0]?.[1]).toBe(428.5);
    expect(table.distances?.[0]?.[1]).toBe(6035.9);
    expect(table.durations?.[7]?.[7]).toBe(0);
    const asymmetry = Math.max(...andorra.coordinates.flatMap((_, i) => andorra.coordinates.map((_, j) => Math.abs((table.durations?.[i]?.[j] ?? 0) - (table.durations?.[j]?.[i] ?? 0)))));
    expect(asymmetry).toBeCloseTo(1066, 0);
    expect(table.sources[0]?.location).toEqual([1.521625, 42.506496]);
  });

  it("sends sources and destinations as OSRM expects", async () => {
    const table = await osrm.table(andorra.coordinates, { sources: [0], destinations: [1, 2, 3, 4, 5] });
    expect(table.durations).toEqual([[428.5, 342.6, 882.4, 761.9, 584.7]]);
    expect(table.destinations).toHaveLength(5);
  });

  it("reports how far a point was moved to reach a road (112 km for a point in the sea)", async () => {
    const far = loadFixture("table-far-point-snapped");
    const table = await osrm.table(fixtureCoordinates(far));
    expect(table.sources[1]?.distance).toBeGreaterThan(112_000);
  });

  it("reads a route: legs, totals and a polyline6 geometry between the snapped stops", async () => {
    const fixture = loadFixture<OsrmRouteResponse>("route-andorra-5");
    const response = await osrm.route(fixtureCoordinates(fixture));
    const [route] = response.routes;
    expect(route?.legs.map((leg) => leg.duration)).toEqual([202.7, 267.9, 347.5, 368.8]);
    expect(route?.distance).toBe(16511.2);
    const path = decodePolyline(route?.geometry ?? "");
    expect(greatCircleMeters(path[0]!, response.waypoints[0]!.location)).toBeLessThan(1);
    expect(greatCircleMeters(path.at(-1)!, response.waypoints[4]!.location)).toBeLessThan(1);
  });

  it("asks for steps and per-segment annotations when told", async () => {
    const fixture = loadFixture<OsrmRouteResponse>("route-andorra-5-steps");
    const response = await osrm.route(fixtureCoordinates(fixture), { steps: true, annotations: true });
    const leg = response.routes[0]?.legs[0];
    const sum = (values: number[] = []): number => values.reduce((a, b) => a + b, 0);
    expect(sum(leg?.annotation?.distance)).toBeCloseTo(leg?.distance ?? 0, 0);
    // Segment durations leave out turn penalties: 183.7 s of the leg's 202.7 s.
    expect(sum(leg?.annotation?.duration)).toBeLessThan(leg?.duration ?? 0);
  });

  it("snaps a point to the nearest roads, closest first", async () => {
    const response = await osrm.nearest([1.5334945, 42.55615], 3);
    expect(response.waypoints.map((w) => w.name)).toEqual(["Cami Peu de la Grau", "Cami Peu de la Grau", "Cami Peu de la Grau"]);
    expect(response.waypoints[0]?.distance).toBeCloseTo(37.1, 1);
  });

  it("turns OSRM error bodies into OsrmResponseError with OSRM's code, without retrying", async () => {
    const config = { url: server.url, profile: "driving", timeoutMs: 5000, retries: 3, retryBaseDelayMs: 1 };
    const before = server.requests.length;
    await expect(osrmGet(config, "route", [[1.436061, 42.461766], [1.5, 95]], {})).rejects.toMatchObject({ osrmCode: "InvalidValue", status: 400 });
    await expect(osrmGet(config, "route", [[1.5218, 42.5065], [3.1, 42.5]], { radiuses: "unlimited;50" })).rejects.toMatchObject({
      osrmCode: "NoSegment",
      osrmMessage: "Could not find a matching segment for coordinate 1",
    });
    expect(server.requests.length - before).toBe(2);
  });
});

describe("block splitting against the recorded TooBig answer", () => {
  it("splits when the server refuses the full table and assembles the recorded matrix", async () => {
    const table = loadFixture<OsrmTableResponse>("table-andorra-25");
    const limited = await startFixtureServer({ fixtures: [loadFixture("error-too-big-table")], table, maxTableSize: 10 });
    try {
      const all = andorra.coordinates.map((_, i) => i);
      const assembled = await fetchTableInBlocks(new OsrmClient({ url: limited.url }), andorra.coordinates, all, all);
      expect(assembled.durations).toEqual(table.response.durations);
      expect(assembled.distances).toEqual(table.response.distances);
      expect(limited.requests.length).toBeGreaterThan(2);
    } finally {
      await limited.close();
    }
  });

  it("slices the recorded table the same way OSRM answered sources=0&destinations=1..5", async () => {
    const slicing = await startFixtureServer({ fixtures: [], table: loadFixture("table-andorra-25") });
    try {
      const sliced = await new OsrmClient({ url: slicing.url }).table(andorra.coordinates, { sources: [0], destinations: [1, 2, 3, 4, 5] });
      const recorded = loadFixture<OsrmTableResponse>("table-andorra-sources-destinations").response;
      expect(sliced.durations).toEqual(recorded.durations);
      expect(sliced.distances).toEqual(recorded.distances);
    } finally {
      await slicing.close();
    }
  });
});

it("OsrmResponseError carries OSRM's code and message", () => {
  const error = new OsrmResponseError(400, "NoSegment", "Could not find a matching segment for coordinate 1");
  expect(error.message).toBe("OSRM NoSegment (HTTP 400): Could not find a matching segment for coordinate 1");
});
