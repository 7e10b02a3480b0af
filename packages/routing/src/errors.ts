/**
 * Every error this package throws on purpose is a {@link RoutingError} with a
 * stable `code` (the UI translates by code), a `kind` and the data a
 * coordinator needs to act (stop name, distance, server URL).
 *
 * | code | kind | fires when | what to do |
 * | --- | --- | --- | --- |
 * | `INVALID_COORDINATE` | input | a stop's position is missing, not numbers, or out of range | fix the stop's pin |
 * | `STOP_OFF_ROAD` | input | a stop is farther than the allowed snapping distance from any road | move the stop's pin onto or next to a road |
 * | `ROUTING_UNAVAILABLE` | routing | the routing server did not answer (connection error, timeout, 5xx after retries) and no fallback was allowed | check `OSRM_URL` / the server, or allow the estimate |
 * | `ROUTING_REJECTED` | routing | the routing server refused the request (wrong URL, profile or version) | check the routing configuration |
 * | `NO_ROUTE` | routing | the road network has no route between two stops | check the stops are on connected roads |
 * | `INVALID_ADDRESS` | input | an address query is too short or long, or a postcode / INSEE code is malformed | correct the address, or place the pin by hand |
 * | `GEOCODING_UNAVAILABLE` | routing | the address service did not answer | place the pin by hand on the map |
 * | `INTERNAL` | internal | a response this package cannot read, or a bug | report it with the details |
 */
import type { LonLat } from "./coordinate.js";

export type RoutingErrorKind = "input" | "routing" | "internal";

export type RoutingErrorCode =
  | "INVALID_COORDINATE"
  | "STOP_OFF_ROAD"
  | "ROUTING_UNAVAILABLE"
  | "ROUTING_REJECTED"
  | "NO_ROUTE"
  | "INVALID_ADDRESS"
  | "GEOCODING_UNAVAILABLE"
  | "INTERNAL";

export class RoutingError extends Error {
  constructor(
    readonly code: RoutingErrorCode,
    readonly kind: RoutingErrorKind,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class InvalidCoordinateError extends RoutingError {
  constructor(stopName: string, value: unknown, reason: string) {
    super("INVALID_COORDINATE", "input", `stop ${stopName} has an invalid position (${reason}): place its pin on the map`, {
      stop: stopName,
      value,
      reason,
    });
  }
}

export interface OffRoadStop {
  id?: string;
  name: string;
  distanceMeters: number;
}

export class StopOffRoadError extends RoutingError {
  constructor(readonly stops: readonly OffRoadStop[]) {
    const [first] = stops;
    const others = stops.length > 1 ? ` (and ${stops.length - 1} other stop${stops.length > 2 ? "s" : ""})` : "";
    const name = first?.name ?? "?";
    const where = first ? formatDistance(first.distanceMeters) : "far";
    super("STOP_OFF_ROAD", "input", `stop ${name} is ${where} from any road: move its pin${others}`, { stops });
  }
}

export class RoutingUnavailableError extends RoutingError {
  constructor(readonly url: string, reason: string, options?: { cause?: unknown; status?: number }) {
    super("ROUTING_UNAVAILABLE", "routing", `routing server unreachable at ${url} (${reason})`, {
      url,
      reason,
      status: options?.status,
    }, { cause: options?.cause });
  }
}

export class RoutingRejectedError extends RoutingError {
  constructor(url: string, osrmCode: string, osrmMessage: string) {
    super("ROUTING_REJECTED", "routing", `routing server at ${url} refused the request (${osrmCode}: ${osrmMessage}): check the routing configuration`, {
      url,
      osrmCode,
      osrmMessage,
    });
  }
}

export class NoRouteError extends RoutingError {
  constructor(fromName: string, toName: string) {
    super("NO_ROUTE", "routing", `no road route from ${fromName} to ${toName}: check both stops are on connected roads`, {
      from: fromName,
      to: toName,
    });
  }
}

export class InvalidAddressError extends RoutingError {
  constructor(field: string, value: string, expected: string) {
    super("INVALID_ADDRESS", "input", `address ${field} "${value}" is not usable (${expected}): correct it or place the pin by hand on the map`, {
      field,
      value,
      expected,
    });
  }
}

export class GeocodingUnavailableError extends RoutingError {
  constructor(url: string, reason: string, options?: { cause?: unknown }) {
    super("GEOCODING_UNAVAILABLE", "routing", `address service unreachable at ${url} (${reason}): place the pin by hand on the map`, {
      url,
      reason,
    }, options);
  }
}

export class InternalRoutingError extends RoutingError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super("INTERNAL", "internal", message, details);
  }
}

/** "850 m", "1.2 km", "112 km": how far, as a coordinator reads it. */
export function formatDistance(meters: number): string {
  if (!Number.isFinite(meters)) return "too far";
  if (meters < 1000) return `${Math.round(meters)} m`;
  if (meters < 10_000) return `${(meters / 1000).toFixed(1)} km`;
  return `${Math.round(meters / 1000)} km`;
}

export type { LonLat };
