// Every recorded OSRM error body (Data © OpenStreetMap contributors, ODbL 1.0) mapped to what the planner sees.
import { afterEach, describe, expect, it } from "vitest";
import { RoutingRejectedError } from "../errors.js";
import { SnapFailure } from "../osrm/table-blocks.js";
import { sendJson, startTestServer, type TestServer } from "../test-support/http-test-server.js";
import { andorraTable, loadFixture, type FixtureName } from "../test-support/osrm-fixtures.js";
import { OsrmProvider } from "./osrm-provider.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function answeringWith(name: FixtureName): Promise<{ provider: OsrmProvider; requests: () => number }> {
  const fixture = loadFixture(name);
  let count = 0;
  server = await startTestServer((_, response) => void (count++, sendJson(response, fixture.status, fixture.response)));
  return { provider: new OsrmProvider({ url: server.url, retries: 2, retryBaseDelayMs: 1 }), requests: () => count };
}

const coordinates = andorraTable().coordinates.slice(0, 3);
const all = [0, 1, 2];

describe("OsrmProvider on OSRM's recorded error answers", () => {
  it.each([
    ["error-invalid-query", "InvalidQuery"],
    ["error-invalid-annotation", "InvalidQuery"],
    ["error-invalid-service", "InvalidService"],
    ["error-invalid-version", "InvalidVersion"],
    ["error-invalid-value", "InvalidValue"],
  ] as const)("%s becomes ROUTING_REJECTED (%s), asked once", async (name, osrmCode) => {
    const { provider, requests } = await answeringWith(name);
    const failing = provider.table(coordinates, all, all);
    await expect(failing).rejects.toThrow(RoutingRejectedError);
    await expect(failing).rejects.toMatchObject({ code: "ROUTING_REJECTED", kind: "routing", details: { osrmCode } });
    expect(requests()).toBe(1);
  });

  it("NoSegment names the coordinate that could not be snapped", async () => {
    const { provider } = await answeringWith("error-nosegment-radius");
    await expect(provider.table(coordinates, all, all)).rejects.toEqual(new SnapFailure(1, "Could not find a matching segment for coordinate 1"));
  });

  it("TooBig down to a single cell is a configuration problem", async () => {
    const { provider } = await answeringWith("error-too-big-table");
    await expect(provider.table(coordinates, all, all)).rejects.toThrow("refused the request (TooBig: Too many table coordinates)");
  });
});
