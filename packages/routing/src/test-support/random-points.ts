/** Reproducible pseudo-random stops over a rural area (default: around Aurillac, Cantal). */
import type { LonLat } from "../coordinate.js";

export function randomPoints(count: number, seed = 1, box = { west: 2.2, south: 44.8, east: 2.7, north: 45.1 }): LonLat[] {
  let state = seed >>> 0 || 1;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  return Array.from({ length: count }, () => [
    Number((box.west + next() * (box.east - box.west)).toFixed(6)),
    Number((box.south + next() * (box.north - box.south)).toFixed(6)),
  ]);
}
