/**
 * Which map background every screen draws: the deployment's self-hosted vector tiles when
 * TILES_PATH is set, else the raster tile server (the Plan IGN by default), else none.
 * Prefetching a corridor is allowed only for a source whose terms allow it: self-hosted tiles,
 * or a raster server the deployment declared so (TILE_PREFETCH=allowed), never the public
 * OpenStreetMap servers, whose usage policy forbids bulk downloads.
 */
import type { MapBackground } from "@tournee/domain";
import type { Config } from "../../config.js";

/** Vector tiles are built up to this zoom (infra/tiles); deeper views are drawn from it. */
export const VECTOR_MAX_ZOOM = 14;
export const VECTOR_TILE_URL = "/tiles/{z}/{x}/{y}.pbf";
const OSM_ATTRIBUTION = "© OpenStreetMap contributors";

export function mapBackground(config: Pick<Config, "TILES_PATH" | "TILE_URL" | "TILE_ATTRIBUTION" | "TILE_PREFETCH">): MapBackground | null {
  if (config.TILES_PATH) return { kind: "vector", url: VECTOR_TILE_URL, attribution: OSM_ATTRIBUTION, maxZoom: VECTOR_MAX_ZOOM, prefetchAllowed: true };
  if (!config.TILE_URL) return null;
  return { kind: "raster", url: config.TILE_URL, attribution: config.TILE_ATTRIBUTION, maxZoom: 19, prefetchAllowed: config.TILE_PREFETCH === "allowed" && !isPublicOsm(config.TILE_URL) };
}

/** The origin tiles come from, for the content security policy; undefined when they come from this server. */
export function tileOrigin(url: string | undefined): string | undefined {
  if (!url || url.startsWith("/")) return undefined;
  return new URL(url.replace(/\{[a-z]\}/g, "a")).origin;
}

function isPublicOsm(url: string): boolean {
  return url.startsWith("http") && /(^|\.)tile\.openstreetmap\.org$/.test(new URL(url.replace(/\{[a-z]\}/g, "a")).hostname);
}
