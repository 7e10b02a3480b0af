/**
 * Default territory of a set of stops, for storing fitted estimator factors
 * when the caller has no territory id: the 0.5° grid cell (about 40 × 55 km in
 * France) holding the stops' centroid, e.g. `cell:1.5,42.5`.
 */
import type { LonLat } from "../coordinate.js";

export function territoryOf(coordinates: readonly LonLat[]): string {
  if (coordinates.length === 0) return "cell:none";
  const lon = coordinates.reduce((sum, c) => sum + c[0], 0) / coordinates.length;
  const lat = coordinates.reduce((sum, c) => sum + c[1], 0) / coordinates.length;
  return `cell:${Math.floor(lon * 2) / 2},${Math.floor(lat * 2) / 2}`;
}
