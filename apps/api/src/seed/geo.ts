import type { Rng } from "./prng.js";
import type { Place } from "./territory.js";

const EARTH_RADIUS_KM = 6371.0088;
const toRad = (deg: number): number => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres. */
export function haversineKm(a: Place, b: Place): number {
  const dLat = toRad(b.latitude - a.latitude);
  const dLon = toRad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.latitude)) * Math.cos(toRad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

/** A point between `minMetres` and `maxMetres` from `centre`, in a random direction, rounded to ~1 m. */
export function nearby(centre: Place, rng: Rng, minMetres: number, maxMetres: number): Place {
  const distance = minMetres + rng.next() * (maxMetres - minMetres);
  const bearing = rng.next() * 2 * Math.PI;
  const dLat = (distance * Math.cos(bearing)) / 111_320;
  const dLon = (distance * Math.sin(bearing)) / (111_320 * Math.cos(toRad(centre.latitude)));
  const round = (x: number): number => Math.round(x * 1e5) / 1e5;
  return { latitude: round(centre.latitude + dLat), longitude: round(centre.longitude + dLon) };
}
