import * as z from "zod/mini";

/**
 * The map background a deployment chose: raster tiles from a tile server (z/x/y template), or
 * vector tiles it hosts itself (served at /tiles, drawn in the browser), or none (a plain
 * background: markers and lines still show). `prefetchAllowed` says whether the source's terms
 * allow downloading a round's corridor in advance (self-hosted tiles: yes; the public
 * OpenStreetMap servers: never).
 */
export const MapBackgroundSchema = z.object({
  kind: z.enum(["raster", "vector"]),
  /** Leaflet template with {z}, {x} and {y}. */
  url: z.string(),
  attribution: z.string(),
  /** Deepest zoom with tiles; vector tiles are drawn beyond it from this level's data. */
  maxZoom: z.number().check(z.int(), z.gte(1), z.lte(22)),
  prefetchAllowed: z.boolean(),
});
export type MapBackground = z.infer<typeof MapBackgroundSchema>;

export const MapSettingsSchema = z.object({ background: z.nullable(MapBackgroundSchema) });
export type MapSettings = z.infer<typeof MapSettingsSchema>;
