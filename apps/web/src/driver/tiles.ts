/**
 * Map tiles for a round's corridor: the tiles around the route and the stops at the zoom levels
 * a driver uses, cut down to a storage budget by dropping the most detailed zoom first.
 * Only for tile sources whose terms allow prefetching (never the public OpenStreetMap servers).
 */
export interface TileKey {
  z: number;
  x: number;
  y: number;
}

export interface CorridorPlan {
  tiles: TileKey[];
  zooms: number[];
  /** Zoom levels left out to stay within the budget. */
  dropped: number[];
}

/**
 * Zooms a driver uses on raster tiles, from the whole round at a glance (a 40 to 90 km round fits
 * a phone at zoom 9 or 10, and the map opens on it) down to the street.
 */
export const DRIVER_ZOOMS = [9, 10, 11, 12, 13, 14, 15, 16];
/** The least detailed zoom infra/tiles builds (config.json's minzoom): below it there is no tile. */
export const VECTOR_MIN_ZOOM = 8;
/**
 * Storage a round's corridor may take on the phone: 1 600 tiles and 40 MB at most (raster tiles
 * are about 25 KB each; the self-hosted vector tiles about 5 KB, so a round takes a few MB).
 */
export const TILE_BUDGET = { tiles: 1_600, bytes: 40_000_000 };

/**
 * Zooms to prefetch. Vector tiles are drawn at any zoom from their deepest level, so all of them
 * from the least detailed one: the whole round opens drawn with no signal, whatever its size.
 */
export function corridorZooms(background: { kind: "raster" | "vector"; maxZoom: number }): number[] {
  if (background.kind === "raster") return DRIVER_ZOOMS.filter((z) => z <= background.maxZoom);
  return Array.from({ length: Math.max(1, background.maxZoom - VECTOR_MIN_ZOOM + 1) }, (_, i) => VECTOR_MIN_ZOOM + i);
}

export function tileOf(lat: number, lng: number, z: number): { x: number; y: number } {
  const n = 2 ** z;
  const x = Math.floor(((lng + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return { x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) };
}

/** Tiles within `margin` tiles of each point (points closer than a tile apart are interpolated). */
function tilesAt(points: readonly [number, number][], z: number, margin: number): TileKey[] {
  const seen = new Map<string, TileKey>();
  const add = (lat: number, lng: number) => {
    const { x, y } = tileOf(lat, lng, z);
    for (let dx = -margin; dx <= margin; dx++)
      for (let dy = -margin; dy <= margin; dy++) {
        const key = `${x + dx}/${y + dy}`;
        if (!seen.has(key) && x + dx >= 0 && y + dy >= 0) seen.set(key, { z, x: x + dx, y: y + dy });
      }
  };
  const step = 360 / 2 ** z / 2;
  for (let i = 0; i < points.length; i++) {
    const [lat, lng] = points[i]!;
    add(lat, lng);
    const next = points[i + 1];
    if (!next) continue;
    const n = Math.ceil(Math.max(Math.abs(next[0] - lat), Math.abs(next[1] - lng)) / step);
    for (let k = 1; k < n; k++) add(lat + ((next[0] - lat) * k) / n, lng + ((next[1] - lng) * k) / n);
  }
  return [...seen.values()];
}

export function corridorPlan(points: readonly [number, number][], budget = TILE_BUDGET.tiles, zooms = DRIVER_ZOOMS): CorridorPlan {
  const kept = [...zooms];
  const dropped: number[] = [];
  for (;;) {
    const tiles = kept.flatMap((z) => tilesAt(points, z, 1));
    if (tiles.length <= budget || kept.length <= 1) return { tiles: tiles.slice(0, budget), zooms: kept, dropped };
    dropped.unshift(kept.pop()!);
  }
}

export function tileUrl(template: string, t: TileKey): string {
  return template.replace("{z}", String(t.z)).replace("{x}", String(t.x)).replace("{y}", String(t.y)).replace("{s}", "a").replace("{r}", "");
}
