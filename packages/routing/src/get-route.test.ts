// OSRM answers are real recordings over Andorra (Data © OpenStreetMap contributors, ODbL 1.0).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { greatCircleMeters } from "./coordinate.js";
import { NoRouteError } from "./errors.js";
import { getMatrix } from "./get-matrix.js";
import { getRoute } from "./get-route.js";
import { decodePolyline } from "./polyline.js";
import { sendJson, startTestServer } from "./test-support/http-test-server.js";
import { startFixtureServer, type FixtureServer } from "./test-support/osrm-fixture-server.js";
import { fixtureCoordinates, loadFixture } from "./test-support/osrm-fixtures.js";
import { startProtocolServer } from "./test-support/osrm-protocol-server.js";
import { randomPoints } from "./test-support/random-points.js";

const fixture = loadFixture("route-andorra-5");
const stops = fixtureCoordinates(fixture).map((coordinate, i) => ({ id: `s${i}`, name: `Halte ${i}`, coordinate }));
let server: FixtureServer;
beforeAll(async () => {
  // Recorded before routes allowed U-turns at stops: the values show the shape.
  server = await startFixtureServer({ fixtures: [fixture], lenientParams: ["continue_straight"] });
});
afterAll(() => server.close());

describe("getRoute", () => {
  it("returns OSRM's legs between the stops' ids and the decoded path", async () => {
    const route = await getRoute({ stops, osrm: { url: server.url } });
    expect(route.provider).toBe("osrm");
    expect(route.legs).toEqual([
      { from: "s0", to: "s1", duration: 203, distance: 2396 },
      { from: "s1", to: "s2", duration: 268, distance: 3709 },
      { from: "s2", to: "s3", duration: 348, distance: 4746 },
      { from: "s3", to: "s4", duration: 369, distance: 5659 },
    ]);
    expect(route).toMatchObject({ duration: 1187, distance: 16511 });
    expect(route.geometry).toEqual(decodePolyline(route.polyline6));
    expect(greatCircleMeters(route.geometry[0]!, stops[0]!.coordinate)).toBeLessThan(20);
    expect(route.geometry.length).toBeGreaterThan(100);
  });

  it("draws straight lines with estimated legs without a routing server", async () => {
    const route = await getRoute({ stops: stops.slice(0, 3) });
    expect(route.provider).toBe("estimate");
    expect(route.geometry).toEqual(stops.slice(0, 3).map((s) => s.coordinate));
    expect(route.legs).toHaveLength(2);
    expect(route.duration).toBe(route.legs[0]!.duration + route.legs[1]!.duration);
  });

  it("says which stops have no road between them (OSRM NoRoute)", async () => {
    const noRoute = await startTestServer((_, response) => sendJson(response, 400, { code: "NoRoute", message: "Impossible route between points" }));
    try {
      const failing = getRoute({ stops: stops.slice(0, 2), osrm: { url: noRoute.url } });
      await expect(failing).rejects.toThrow(NoRouteError);
      await expect(failing).rejects.toThrow("no road route from Halte 0 to Halte 1: check both stops are on connected roads");
    } finally {
      await noRoute.close();
    }
  });

  it("asks for the path with U-turns allowed at stops, as the matrix's times are: the legs add up to the matrix's cells", async () => {
    const protocol = await startProtocolServer();
    try {
      const points = randomPoints(12, 5).map((coordinate, i) => ({ id: `p${i}`, name: `Arrêt ${i}`, coordinate }));
      const osrm = { url: protocol.url };
      const matrix = await getMatrix({ points, osrm });
      const order = [0, 7, 3, 11, 5, 9, 1];
      const route = await getRoute({ stops: order.map((i) => points[i]!), osrm });
      expect(protocol.requests.at(-1)).toContain("continue_straight=false");
      const planned = order.slice(1).reduce((sum, to, k) => sum + matrix.durations[order[k]!]![to]!, 0);
      expect(Math.abs(route.duration - planned) / planned).toBeLessThan(0.01);
      route.legs.forEach((leg, k) => expect(Math.abs(leg.duration - matrix.durations[order[k]!]![order[k + 1]!]!)).toBeLessThanOrEqual(1));
    } finally {
      await protocol.close();
    }
  });

  it("needs two stops", async () => {
    await expect(getRoute({ stops: stops.slice(0, 1) })).rejects.toThrow("a route needs at least two stops");
  });
});
