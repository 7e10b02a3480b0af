/**
 * Which requests are map tiles: raster images (`…/{z}/{x}/{y}.png`, optionally `@2x`, or a WMTS
 * GetTile such as the Plan IGN's) and the deployment's own vector tiles (`/tiles/{z}/{x}/{y}.pbf`,
 * fetched by the renderer). The service worker caches only these at runtime; API answers are
 * never cached there.
 */
const TILE_PATH = /\/\d{1,2}\/\d+\/\d+(@2x)?\.(png|jpe?g|webp)$/;
const VECTOR_TILE_PATH = /^\/tiles\/\d{1,2}\/\d+\/\d+\.pbf$/;

export function isTileRequest(url: URL, destination: string): boolean {
  if (url.pathname.startsWith("/api/")) return false;
  if (VECTOR_TILE_PATH.test(url.pathname)) return true;
  if (destination !== "image") return false;
  return TILE_PATH.test(url.pathname) || (url.searchParams.get("REQUEST") ?? url.searchParams.get("request")) === "GetTile";
}

/** Bounds of the tile cache: about 30 MB of 256-px tiles, a month old at most. */
export const TILE_CACHE = { name: "map-tiles", maxEntries: 1500, maxAgeSeconds: 30 * 24 * 60 * 60 } as const;
