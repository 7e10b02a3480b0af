/**
 * Which requests are map tiles the person is viewing (`…/{z}/{x}/{y}.png`, optionally `@2x`).
 * The service worker caches only these at runtime; API answers are never cached there.
 */
const TILE_PATH = /\/\d{1,2}\/\d+\/\d+(@2x)?\.(png|jpe?g|webp)$/;

export function isTileRequest(url: URL, destination: string): boolean {
  return destination === "image" && !url.pathname.startsWith("/api/") && TILE_PATH.test(url.pathname);
}

/** Bounds of the tile cache: about 30 MB of 256-px tiles, a month old at most. */
export const TILE_CACHE = { name: "map-tiles", maxEntries: 1500, maxAgeSeconds: 30 * 24 * 60 * 60 } as const;
