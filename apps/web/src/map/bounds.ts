/** A point on the map, in degrees (WGS 84). */
export interface LatLng {
  lat: number;
  lng: number;
}

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Smallest span shown, in degrees (about 1 km): one stop alone is not zoomed to the street. */
export const MIN_SPAN = 0.01;

export function isValidLatLng(p: LatLng): boolean {
  return Number.isFinite(p.lat) && Number.isFinite(p.lng) && Math.abs(p.lat) <= 90 && Math.abs(p.lng) <= 180;
}

/**
 * The box that holds every valid point, widened to at least `minSpan` each way and padded by
 * `padding` (a share of the span) so markers do not sit on the edge. Undefined when no point is valid.
 *
 * @example boundsOf([{ lat: 44.6, lng: 1.5 }, { lat: 44.4, lng: 1.9 }], { padding: 0 })
 * // { south: 44.4, west: 1.5, north: 44.6, east: 1.9 }
 */
export function boundsOf(points: Iterable<LatLng>, { minSpan = MIN_SPAN, padding = 0.1 } = {}): Bounds | undefined {
  let south = Infinity, west = Infinity, north = -Infinity, east = -Infinity;
  for (const p of points) {
    if (!isValidLatLng(p)) continue;
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
    west = Math.min(west, p.lng);
    east = Math.max(east, p.lng);
  }
  if (south === Infinity) return undefined;
  const widen = (lo: number, hi: number, limit: number): [number, number] => {
    const span = Math.max(hi - lo, minSpan);
    const middle = (lo + hi) / 2;
    const half = (span * (1 + 2 * padding)) / 2;
    return [Math.max(Math.min(middle - half, lo), -limit), Math.min(Math.max(middle + half, hi), limit)];
  };
  const [s, n] = widen(south, north, 90);
  const [w, e] = widen(west, east, 180);
  return { south: s, west: w, north: n, east: e };
}
