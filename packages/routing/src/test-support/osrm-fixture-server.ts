/**
 * Replays recorded OSRM exchanges: a request equal to a fixture's (same
 * service, version, profile, coordinates to 1e-6 and query parameters, in any
 * order) gets the recorded status and body. With `table`, any other table
 * request over the recorded coordinates is answered by slicing the recorded
 * matrix, and refused with the recorded `TooBig` body above `maxTableSize`,
 * the way `osrm-routed` does.
 */
import type { OsrmTableResponse } from "../osrm/osrm-types.js";
import { parseOsrmPath, sendJson, startTestServer, type ParsedOsrmRequest, type TestServer } from "./http-test-server.js";
import { fixtureCoordinates, loadFixture, type OsrmFixture } from "./osrm-fixtures.js";

export interface FixtureServerOptions {
  fixtures: OsrmFixture[];
  /** A recorded full table to slice for table requests matching no fixture. */
  table?: OsrmFixture<OsrmTableResponse>;
  maxTableSize?: number;
  /**
   * Query parameters a request may carry that the recording was made without: the recorded
   * answer is still given (its values then only show the shape, e.g. `continue_straight`).
   */
  lenientParams?: readonly string[];
}

export interface FixtureServer extends TestServer {
  readonly requests: string[];
}

export async function startFixtureServer(options: FixtureServerOptions): Promise<FixtureServer> {
  const requests: string[] = [];
  const recorded = options.fixtures.map((fixture) => ({ fixture, parsed: parseOsrmPath(fixture.request) }));
  const server = await startTestServer((request, response) => {
    const path = request.url ?? "/";
    requests.push(path);
    const parsed = parseOsrmPath(path);
    const match = parsed && recorded.find((entry) => entry.parsed && sameRequest(entry.parsed, parsed, options.lenientParams ?? []));
    if (match) return sendJson(response, match.fixture.status, match.fixture.response);
    if (parsed && options.table && parsed.service === "table") {
      const sliced = sliceTable(options.table, parsed, options.maxTableSize ?? 100);
      if (sliced) return sendJson(response, sliced.status, sliced.body);
    }
    sendJson(response, 404, { code: "NotRecorded", message: `no recorded answer for ${path}` });
  });
  return { ...server, requests };
}

function sameRequest(a: ParsedOsrmRequest, b: ParsedOsrmRequest, lenient: readonly string[]): boolean {
  if (a.service !== b.service || a.version !== b.version || a.profile !== b.profile) return false;
  if (a.coordinates.length !== b.coordinates.length) return false;
  const close = a.coordinates.every((c, i) => {
    const other = b.coordinates[i] as [number, number];
    return Math.abs(c[0] - other[0]) < 1e-6 && Math.abs(c[1] - other[1]) < 1e-6;
  });
  const query = (q: URLSearchParams): string => JSON.stringify([...q.entries()].filter(([key]) => !lenient.includes(key)).sort());
  return close && query(a.query) === query(b.query);
}

function sliceTable(
  table: OsrmFixture<OsrmTableResponse>,
  request: ParsedOsrmRequest,
  maxTableSize: number,
): { status: number; body: unknown } | undefined {
  const known = fixtureCoordinates(table);
  const indices = request.coordinates.map((c) => known.findIndex((k) => Math.abs(k[0] - c[0]) < 1e-6 && Math.abs(k[1] - c[1]) < 1e-6));
  if (indices.some((i) => i < 0)) return undefined;
  const all = indices.map((_, i) => i);
  const pick = (name: string): number[] => request.query.get(name)?.split(";").map(Number) ?? all;
  const sources = pick("sources");
  const destinations = pick("destinations");
  if (sources.length * destinations.length > maxTableSize * maxTableSize) {
    const tooBig = loadFixture("error-too-big-table");
    return { status: tooBig.status, body: tooBig.response };
  }
  const full = table.response;
  const cell = (matrix: (number | null)[][] | undefined, s: number, d: number): number | null =>
    matrix?.[indices[s] as number]?.[indices[d] as number] ?? null;
  return {
    status: 200,
    body: {
      code: "Ok",
      durations: sources.map((s) => destinations.map((d) => cell(full.durations, s, d))),
      distances: sources.map((s) => destinations.map((d) => cell(full.distances, s, d))),
      sources: sources.map((s) => full.sources[indices[s] as number]),
      destinations: destinations.map((d) => full.destinations[indices[d] as number]),
    },
  };
}
