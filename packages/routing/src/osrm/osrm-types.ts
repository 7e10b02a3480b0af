/**
 * The parts of OSRM v5's HTTP API responses this package reads.
 * Spec: https://project-osrm.org/docs/v5.24.0/api/ (unchanged in v26).
 */
import type { LonLat } from "../coordinate.js";

export interface OsrmWaypoint {
  hint?: string;
  /** Snapped position, `[lon, lat]`. */
  location: LonLat;
  name: string;
  /** How far the input coordinate was moved to reach the road, in metres. */
  distance: number;
  nodes?: [number, number];
}

export interface OsrmTableResponse {
  code: "Ok";
  /** Seconds; `null` when no route exists between the pair. */
  durations?: (number | null)[][];
  /** Metres; `null` when no route exists between the pair. */
  distances?: (number | null)[][];
  sources: OsrmWaypoint[];
  destinations: OsrmWaypoint[];
}

export interface OsrmRouteLeg {
  duration: number;
  distance: number;
  summary: string;
  weight: number;
  annotation?: { duration?: number[]; distance?: number[] };
}

export interface OsrmRoute {
  duration: number;
  distance: number;
  weight: number;
  weight_name: string;
  /** Encoded polyline with 6 decimals when requested with `geometries=polyline6`. */
  geometry: string;
  legs: OsrmRouteLeg[];
}

export interface OsrmRouteResponse {
  code: "Ok";
  routes: OsrmRoute[];
  waypoints: OsrmWaypoint[];
}

export interface OsrmNearestResponse {
  code: "Ok";
  waypoints: OsrmWaypoint[];
}

export interface OsrmErrorBody {
  code: string;
  message?: string;
}
