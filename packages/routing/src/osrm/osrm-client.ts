/**
 * Typed client for OSRM v5's `table`, `route` and `nearest` services.
 * Each method is one HTTP request; large tables go through `fetchTableInBlocks`.
 *
 * @example
 * const osrm = new OsrmClient({ url: "http://localhost:5000" });
 * const { durations } = await osrm.table([[1.5218, 42.5065], [1.4921, 42.4667]]);
 */
import type { LonLat } from "../coordinate.js";
import { resolveOsrmConfig, type OsrmConfig, type ResolvedOsrmConfig } from "./osrm-config.js";
import { osrmGet } from "./osrm-http.js";
import type { OsrmNearestResponse, OsrmRouteResponse, OsrmTableResponse } from "./osrm-types.js";

export interface TableSelection {
  /** Indices into the coordinates; all of them when omitted. */
  sources?: readonly number[];
  destinations?: readonly number[];
}

export interface RouteOptions {
  steps?: boolean;
  /** Adds per-segment `duration,distance` annotations to each leg. */
  annotations?: boolean;
}

export class OsrmClient {
  readonly config: ResolvedOsrmConfig;

  constructor(config: OsrmConfig) {
    this.config = resolveOsrmConfig(config);
  }

  table(coordinates: readonly LonLat[], selection: TableSelection = {}): Promise<OsrmTableResponse> {
    const query: Record<string, string> = {};
    if (selection.sources) query.sources = selection.sources.join(";");
    if (selection.destinations) query.destinations = selection.destinations.join(";");
    query.annotations = "duration,distance";
    return osrmGet(this.config, "table", coordinates, query);
  }

  /**
   * The road path through `coordinates` in order. U-turns at the waypoints are allowed
   * (`continue_straight=false`), as in `table`, so the legs match the matrix's durations
   * instead of adding a loop around the block after each stop.
   */
  route(coordinates: readonly LonLat[], options: RouteOptions = {}): Promise<OsrmRouteResponse> {
    const query: Record<string, string> = { overview: "full", geometries: "polyline6", continue_straight: "false" };
    if (options.steps) query.steps = "true";
    if (options.annotations) query.annotations = "duration,distance";
    return osrmGet(this.config, "route", coordinates, query);
  }

  /** The `number` nearest road positions to `coordinate`, closest first. */
  nearest(coordinate: LonLat, number = 1): Promise<OsrmNearestResponse> {
    return osrmGet(this.config, "nearest", [coordinate], number === 1 ? {} : { number: String(number) });
  }
}
