/**
 * The map: markers and route lines that work with no tile server, on the deployment's background
 * (raster tiles, its own vector tiles, or none). Screens import from here.
 * Example: <MapView label={t("…")} markers={stops} lines={[route]} />
 */
export { MapView, type MapLine, type MapMarker } from "./map-view";
export { boundsOf, type Bounds, type LatLng } from "./bounds";
export { configuredTiles, tileSourceFrom, type TileSource } from "./tile-source";
export { useMapBackground, loadMapBackground } from "./background";
export { addBackground } from "./add-background";
