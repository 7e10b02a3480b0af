/**
 * The map: markers and route lines that work with no tile server. Screens import from here.
 * Example: <MapView label={t("…")} markers={stops} lines={[route]} tiles={configuredTiles} />
 */
export { MapView, type MapLine, type MapMarker } from "./map-view";
export { boundsOf, type Bounds, type LatLng } from "./bounds";
export { configuredTiles, tileSourceFrom, type TileSource } from "./tile-source";
