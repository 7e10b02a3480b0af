/**
 * A synthetic `osrm-routed` speaking OSRM v5's `table` and `route` protocol: the same URL shape,
 * `sources`/`destinations`, the rules `osrm-routed` enforces (at least two coordinates, indices in
 * range, `--max-table-size`: sources × destinations > max² → 400 `TooBig`), waypoints, one-decimal
 * floats, `null` for unreachable pairs. Travel values are a deterministic, asymmetric function of
 * the two positions, so a matrix assembled from blocks can be compared with one computed in one
 * piece, and a route's legs with the table's cells. Like OSRM, a `route` asked without
 * `continue_straight=false` forbids U-turns at the waypoints (here: 25 % longer legs after the
 * first), while `table` allows them. Faults can be injected.
 */
import { greatCircleMeters, type LonLat } from "../coordinate.js";
import { encodePolyline } from "../polyline.js";
import { parseOsrmPath, sendJson, startTestServer, type TestServer } from "./http-test-server.js";

export interface ProtocolServerOptions {
  maxTableSize?: number;
  /** Milliseconds before each answer (to observe concurrency). */
  delayMs?: number;
  /** Positions for which every pair to or from them is unreachable (`null`). */
  isIsland?: (coordinate: LonLat) => boolean;
  /** Longer request lines get HTTP 414, as from a proxy or `osrm-routed`'s header limit. */
  maxUrlLength?: number;
}

export type Fault = { status: number; body?: unknown } | "drop-connection";

export interface ProtocolServer extends TestServer {
  /** Table and route requests received (including refused ones). */
  readonly requests: string[];
  /** Most requests being answered at the same time. */
  readonly maxInFlight: number;
  /** The next requests (one fault each) fail this way. */
  injectFaults(...faults: Fault[]): void;
}

/** Share added to each leg after the first when a route is asked without `continue_straight=false`. */
export const NO_U_TURN_DETOUR = 0.25;

/** Travel between two positions as this server computes it: metres and seconds, one decimal. */
export function syntheticTravel(from: LonLat, to: LonLat): { distance: number; duration: number } {
  if (from[0] === to[0] && from[1] === to[1]) return { distance: 0, duration: 0 };
  const greatCircle = greatCircleMeters(from, to);
  const wiggle = Math.abs(Math.sin(from[0] * 971 + to[1] * 613 + from[1] * 37 + to[0] * 11));
  const distance = greatCircle * (1.25 + 0.6 * wiggle);
  const climb = Math.max(0, to[1] - from[1]) * 20_000;
  return { distance: round1(distance), duration: round1(distance / 14 + climb) };
}

export function snapOf(coordinate: LonLat): { location: [number, number]; distance: number } {
  const location: [number, number] = [Number(coordinate[0].toFixed(4)), Number(coordinate[1].toFixed(4))];
  return { location, distance: greatCircleMeters(coordinate, location) };
}

export interface OsrmAnswer {
  status: number;
  body: unknown;
}

const invalid = (message: string): OsrmAnswer => ({ status: 400, body: { code: "InvalidOptions", message } });

/**
 * What `osrm-routed` answers to `/table` over `coordinates` with `sources`/`destinations` (all
 * when omitted), as the server above does without HTTP: for tests that need thousands of tables.
 */
export function answerTable(
  coordinates: readonly LonLat[],
  selection: { sources?: readonly number[] | undefined; destinations?: readonly number[] | undefined },
  options: Pick<ProtocolServerOptions, "maxTableSize" | "isIsland"> = {},
): OsrmAnswer {
  const maxTableSize = options.maxTableSize ?? 100;
  if (coordinates.length < 2) return invalid("Number of coordinates needs to be at least two");
  const all = coordinates.map((_, i) => i);
  const sources = selection.sources ?? all;
  const destinations = selection.destinations ?? all;
  const inRange = (i: number) => Number.isInteger(i) && i >= 0 && i < coordinates.length;
  if (!sources.every(inRange) || !destinations.every(inRange)) return invalid("Source or destination indices are greater than number of coordinates");
  if (sources.length * destinations.length > maxTableSize * maxTableSize) {
    return { status: 400, body: { code: "TooBig", message: "Too many table coordinates" } };
  }
  const snaps = coordinates.map(snapOf);
  const islands = coordinates.map((c) => options.isIsland?.(c) ?? false);
  const cells = sources.map((s) =>
    destinations.map((d) => (s !== d && (islands[s] || islands[d]) ? null : syntheticTravel(snaps[s]!.location, snaps[d]!.location))),
  );
  const waypoint = (i: number) => ({ hint: "", name: "", ...snaps[i]! });
  return {
    status: 200,
    body: {
      code: "Ok",
      durations: cells.map((row) => row.map((cell) => cell?.duration ?? null)),
      distances: cells.map((row) => row.map((cell) => cell?.distance ?? null)),
      sources: sources.map(waypoint),
      destinations: destinations.map(waypoint),
    },
  };
}

/** What `osrm-routed` answers to `/route` through `coordinates`: legs between snapped positions, straight geometry. */
export function answerRoute(coordinates: readonly LonLat[], query: URLSearchParams, options: Pick<ProtocolServerOptions, "isIsland"> = {}): OsrmAnswer {
  if (coordinates.length < 2) return invalid("Number of coordinates needs to be at least two");
  const snaps = coordinates.map(snapOf);
  if (coordinates.some((c) => options.isIsland?.(c))) return { status: 400, body: { code: "NoRoute", message: "Impossible route between points" } };
  const uTurnsAllowed = query.get("continue_straight") === "false";
  const legs = snaps.slice(1).map((to, i) => {
    const travel = syntheticTravel(snaps[i]!.location, to.location);
    const detour = i > 0 && !uTurnsAllowed ? 1 + NO_U_TURN_DETOUR : 1;
    return { duration: round1(travel.duration * detour), distance: round1(travel.distance * detour), summary: "", weight: travel.duration };
  });
  const sum = (key: "duration" | "distance") => round1(legs.reduce((total, leg) => total + leg[key], 0));
  const route = { duration: sum("duration"), distance: sum("distance"), weight: sum("duration"), weight_name: "routability", geometry: encodePolyline(snaps.map((s) => s.location)), legs };
  return { status: 200, body: { code: "Ok", routes: [route], waypoints: snaps.map((s) => ({ hint: "", name: "", ...s })) } };
}

export async function startProtocolServer(options: ProtocolServerOptions = {}): Promise<ProtocolServer> {
  const requests: string[] = [];
  const faults: Fault[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = await startTestServer(async (request, response) => {
    const path = request.url ?? "/";
    requests.push(path);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      const fault = faults.shift();
      if (fault === "drop-connection") return void request.socket.destroy();
      if (fault) return sendJson(response, fault.status, fault.body ?? { code: "InternalError", message: "injected" });
      if (options.maxUrlLength && path.length > options.maxUrlLength) return sendJson(response, 414, { message: "URI Too Long" });
      const parsed = parseOsrmPath(path);
      const indices = (name: string) => parsed?.query.get(name)?.split(";").map(Number);
      const answer =
        parsed?.service === "table"
          ? answerTable(parsed.coordinates, { sources: indices("sources"), destinations: indices("destinations") }, options)
          : parsed?.service === "route"
            ? answerRoute(parsed.coordinates, parsed.query, options)
            : { status: 400, body: { code: "InvalidService", message: "Service not found!" } };
      sendJson(response, answer.status, answer.body);
    } finally {
      inFlight--;
    }
  });
  return {
    ...server,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    injectFaults: (...more) => void faults.push(...more),
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
