/**
 * Coordinates are `[lon, lat]` in WGS84 degrees everywhere in this package,
 * the order OSRM, GeoJSON and the BAN use.
 */
import { InvalidCoordinateError } from "./errors.js";

export type LonLat = readonly [lon: number, lat: number];

const EARTH_RADIUS_METERS = 6_371_008.8;

/** Throws {@link InvalidCoordinateError} naming the stop unless `value` is a `[lon, lat]` pair in range. */
export function assertLonLat(value: unknown, stopName: string): LonLat {
  if (!Array.isArray(value) || value.length !== 2) {
    throw new InvalidCoordinateError(stopName, value, "expected [longitude, latitude]");
  }
  const [lon, lat] = value as unknown[];
  if (typeof lon !== "number" || typeof lat !== "number" || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    throw new InvalidCoordinateError(stopName, value, "longitude and latitude must be numbers");
  }
  if (lon < -180 || lon > 180) throw new InvalidCoordinateError(stopName, value, "longitude must be between -180 and 180");
  if (lat < -90 || lat > 90) throw new InvalidCoordinateError(stopName, value, "latitude must be between -90 and 90");
  return [lon, lat];
}

/** Great-circle (haversine) distance in metres. */
export function greatCircleMeters(a: LonLat, b: LonLat): number {
  const toRad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * toRad;
  const dLon = (b[0] - a[0]) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * toRad) * Math.cos(b[1] * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Cache key of a position: `"lon,lat"` rounded to 5 decimals (about 1 m),
 * so the same snapped road position always gives the same key.
 */
export function coordinateKey(coordinate: LonLat): string {
  return `${roundTo(coordinate[0], 5)},${roundTo(coordinate[1], 5)}`;
}

/** `lon,lat` with at most 6 decimals (about 0.1 m), as sent to OSRM. */
export function formatLonLat(coordinate: LonLat): string {
  return `${roundTo(coordinate[0], 6)},${roundTo(coordinate[1], 6)}`;
}

function roundTo(value: number, decimals: number): string {
  const rounded = Number(value.toFixed(decimals));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
