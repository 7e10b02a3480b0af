/** {@link RoutingProvider} backed by an OSRM v5 server. */
import type { LonLat } from "../coordinate.js";
import { NoRouteError, RoutingRejectedError } from "../errors.js";
import { OsrmClient } from "../osrm/osrm-client.js";
import type { OsrmConfig } from "../osrm/osrm-config.js";
import { OsrmResponseError } from "../osrm/osrm-http.js";
import type { OsrmWaypoint } from "../osrm/osrm-types.js";
import { fetchTableInBlocks } from "../osrm/table-blocks.js";
import { decodePolyline } from "../polyline.js";
import type { ProviderRoute, ProviderTable, RoutingProvider, Snap } from "./routing-provider.js";

export class OsrmProvider implements RoutingProvider {
  readonly name = "osrm";
  readonly client: OsrmClient;

  constructor(config: OsrmConfig | OsrmClient) {
    this.client = config instanceof OsrmClient ? config : new OsrmClient(config);
  }

  get profile(): string {
    return this.client.config.profile;
  }

  get url(): string {
    return this.client.config.url;
  }

  async table(coordinates: readonly LonLat[], sources: readonly number[], destinations: readonly number[]): Promise<ProviderTable> {
    const table = await this.rejecting(() => fetchTableInBlocks(this.client, coordinates, sources, destinations));
    return {
      durations: table.durations.map(roundRow),
      distances: table.distances.map(roundRow),
      snaps: table.waypoints.map((waypoint) => (waypoint ? toSnap(waypoint) : undefined)),
    };
  }

  /** Throws `OsrmResponseError` with code `NoRoute` when two consecutive stops are not connected. */
  async route(coordinates: readonly LonLat[]): Promise<ProviderRoute> {
    const response = await this.rejecting(() => this.client.route(coordinates), ["NoRoute"]);
    const route = response.routes[0];
    if (!route) throw new RoutingRejectedError(this.url, "NoRoute", "route answered without a route");
    return {
      duration: Math.round(route.duration),
      distance: Math.round(route.distance),
      legs: route.legs.map((leg) => ({ duration: Math.round(leg.duration), distance: Math.round(leg.distance) })),
      geometry: decodePolyline(route.geometry),
      polyline6: route.geometry,
      snaps: response.waypoints.map(toSnap),
    };
  }

  async snap(coordinate: LonLat): Promise<Snap> {
    const response = await this.rejecting(() => this.client.nearest(coordinate));
    const [waypoint] = response.waypoints;
    if (!waypoint) throw new RoutingRejectedError(this.url, "NoSegment", "nearest answered without a waypoint");
    return toSnap(waypoint);
  }

  /** 4xx answers mean a wrong configuration or request: none is retried, all but `passThrough` become `RoutingRejectedError`. */
  private async rejecting<T>(call: () => Promise<T>, passThrough: readonly string[] = []): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof OsrmResponseError && !passThrough.includes(error.osrmCode)) {
        throw new RoutingRejectedError(this.url, error.osrmCode, error.osrmMessage);
      }
      throw error;
    }
  }
}

/** Maps OSRM's `NoRoute` on a route through `names` to a {@link NoRouteError}. */
export function noRouteBetween(error: unknown, names: readonly string[]): unknown {
  if (!(error instanceof OsrmResponseError) || error.osrmCode !== "NoRoute") return error;
  return new NoRouteError(names[0] ?? "?", names.length === 2 ? (names[1] ?? "?") : `the next stops (${names.slice(1).join(", ")})`);
}

function roundRow(row: (number | null)[]): (number | null)[] {
  return row.map((value) => (value === null ? null : Math.round(value)));
}

function toSnap(waypoint: OsrmWaypoint): Snap {
  return { location: [waypoint.location[0], waypoint.location[1]], distance: waypoint.distance, name: waypoint.name };
}
