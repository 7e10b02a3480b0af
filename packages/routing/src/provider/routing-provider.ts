/**
 * Port: a source of road durations, distances and routes. OSRM and the
 * estimate both implement it, so the planner and the solver never see HTTP.
 * Durations are whole seconds, distances whole metres, `null` when no route exists.
 */
import type { LonLat } from "../coordinate.js";

export type ProviderName = "osrm" | "estimate";

/**
 * Where a matrix's values come from: all from OSRM (its answers or its cached answers), all
 * estimated, or `mixed`: OSRM's cached pairs kept and the pairs it could not give estimated.
 */
export type MatrixSource = ProviderName | "mixed";

/** Where a provider put a stop on the road network. */
export interface Snap {
  location: LonLat;
  /** Metres between the given position and the road. */
  distance: number;
  /** Road name, "" when unnamed. */
  name: string;
}

export interface ProviderTable {
  /** `durations[s][d]` from `sources[s]` to `destinations[d]`. */
  durations: (number | null)[][];
  distances: (number | null)[][];
  /** Per coordinate index used as a source or destination; `undefined` when the provider does not snap. */
  snaps: (Snap | undefined)[];
}

export interface RouteLeg {
  duration: number;
  distance: number;
}

export interface ProviderRoute {
  duration: number;
  distance: number;
  legs: RouteLeg[];
  /** The path, `[lon, lat][]`, decoded from `polyline6`. */
  geometry: LonLat[];
  /** The same path as an encoded polyline with 6 decimals (what OSRM sends; compact to store). */
  polyline6: string;
  snaps: (Snap | undefined)[];
}

export interface RoutingProvider {
  readonly name: ProviderName;
  readonly profile: string;
  table(coordinates: readonly LonLat[], sources: readonly number[], destinations: readonly number[]): Promise<ProviderTable>;
  /** Route through `coordinates` in order. */
  route(coordinates: readonly LonLat[]): Promise<ProviderRoute>;
  /** Nearest road position; used to tell how far an unsnappable stop is from a road. */
  snap(coordinate: LonLat): Promise<Snap>;
}
