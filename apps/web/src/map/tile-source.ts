/**
 * Where background tiles come from: deployment configuration, never hard-coded. With none, the map
 * is a plain background with markers and lines. The OpenStreetMap servers' policy allows showing
 * tiles a person views, not bulk downloads: offline corridors need a source whose terms allow it.
 */
export interface TileSource {
  /** Leaflet template, e.g. "https://tiles.example.org/{z}/{x}/{y}.png". */
  url: string;
  attribution: string;
  maxZoom: number;
}

const DEFAULT_ATTRIBUTION = "© OpenStreetMap contributors";

/**
 * Reads the tile source from build-time settings (`VITE_TILE_URL`, `VITE_TILE_ATTRIBUTION`), or from
 * the same fields of a runtime configuration. Undefined when unset or not a z/x/y template.
 */
export function tileSourceFrom(config: { VITE_TILE_URL?: string; VITE_TILE_ATTRIBUTION?: string; VITE_TILE_MAX_ZOOM?: string }): TileSource | undefined {
  const url = config.VITE_TILE_URL?.trim();
  if (!url || !["{z}", "{x}", "{y}"].every((part) => url.includes(part))) return undefined;
  if (!/^(https?:\/\/|\/)/.test(url)) return undefined;
  const maxZoom = Number(config.VITE_TILE_MAX_ZOOM ?? 19);
  return {
    url,
    attribution: config.VITE_TILE_ATTRIBUTION?.trim() || DEFAULT_ATTRIBUTION,
    maxZoom: Number.isInteger(maxZoom) && maxZoom > 0 && maxZoom <= 22 ? maxZoom : 19,
  };
}

/** The tile source this build was configured with (VITE_TILE_URL at build time), if any. */
export const configuredTiles = tileSourceFrom(import.meta.env);
