/**
 * A synthetic `osrm-routed` speaking OSRM v5's `table` protocol: the same URL
 * shape, `sources`/`destinations`, `--max-table-size` rule (sources ×
 * destinations > max² → 400 `TooBig`), waypoints, one-decimal floats, `null`
 * for unreachable pairs. Travel values are a deterministic, asymmetric
 * function of the two positions, so a matrix assembled from blocks can be
 * compared with one computed in one piece. Faults can be injected.
 */
import { greatCircleMeters, type LonLat } from "../coordinate.js";
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
  /** Table requests received (including refused ones). */
  readonly requests: string[];
  /** Most requests being answered at the same time. */
  readonly maxInFlight: number;
  /** The next requests (one fault each) fail this way. */
  injectFaults(...faults: Fault[]): void;
}

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

export async function startProtocolServer(options: ProtocolServerOptions = {}): Promise<ProtocolServer> {
  const maxTableSize = options.maxTableSize ?? 100;
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
      if (!parsed || parsed.service !== "table") return sendJson(response, 400, { code: "InvalidService", message: "Service not found!" });
      const all = parsed.coordinates.map((_, i) => i);
      const pick = (name: string): number[] => parsed.query.get(name)?.split(";").map(Number) ?? all;
      const sources = pick("sources");
      const destinations = pick("destinations");
      if (sources.length * destinations.length > maxTableSize * maxTableSize) {
        return sendJson(response, 400, { code: "TooBig", message: "Too many table coordinates" });
      }
      const snaps = parsed.coordinates.map(snapOf);
      const islands = parsed.coordinates.map((c) => options.isIsland?.(c) ?? false);
      const cells = sources.map((s) =>
        destinations.map((d) => (s !== d && (islands[s] || islands[d]) ? null : syntheticTravel(snaps[s]!.location, snaps[d]!.location))),
      );
      const waypoint = (i: number) => ({ hint: "", name: "", ...snaps[i]! });
      sendJson(response, 200, {
        code: "Ok",
        durations: cells.map((row) => row.map((cell) => cell?.duration ?? null)),
        distances: cells.map((row) => row.map((cell) => cell?.distance ?? null)),
        sources: sources.map(waypoint),
        destinations: destinations.map(waypoint),
      });
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
