/**
 * The map: markers and route lines that work with no tile server. Screens import from here.
 * Example: <MapView label={t("…")} markers={stops} lines={[route]} tiles={configuredTiles} />
 */
import { tileSourceFrom } from "./tile-source";

export { MapView, type MapLine, type MapMarker } from "./map-view";
export { boundsOf, type Bounds, type LatLng } from "./bounds";
export { tileSourceFrom, type TileSource } from "./tile-source";

/** The tile source this build was configured with (VITE_TILE_URL at build time), if any. */
export const configuredTiles = tileSourceFrom(import.meta.env);
