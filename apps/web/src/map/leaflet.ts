/**
 * The parts of Leaflet Tournée's maps use, taken from Leaflet's own ES modules (`leaflet/src`)
 * rather than its bundle, which carries every layer and control and cannot be tree-shaken: on a
 * driver's phone the map then costs about half the download. Each handler and control module
 * registers itself with the map when imported.
 */
import "leaflet/src/map/handler/Map.BoxZoom.js";
import "leaflet/src/map/handler/Map.DoubleClickZoom.js";
import "leaflet/src/map/handler/Map.Drag.js";
import "leaflet/src/map/handler/Map.Keyboard.js";
import "leaflet/src/map/handler/Map.ScrollWheelZoom.js";
import "leaflet/src/map/handler/Map.TapHold.js";
import "leaflet/src/map/handler/Map.TouchZoom.js";
import "leaflet/src/control/Control.Attribution.js";
import "leaflet/src/layer/vector/Renderer.getRenderer.js";

export { Map, createMap as map } from "leaflet/src/map/Map.js";
export { zoom as zoomControl } from "leaflet/src/control/Control.Zoom.js";
export { GridLayer } from "leaflet/src/layer/tile/GridLayer.js";
export { TileLayer, tileLayer } from "leaflet/src/layer/tile/TileLayer.js";
export { Layer } from "leaflet/src/layer/Layer.js";
export { LayerGroup, layerGroup } from "leaflet/src/layer/LayerGroup.js";
export { Marker, marker } from "leaflet/src/layer/marker/Marker.js";
export { divIcon } from "leaflet/src/layer/marker/DivIcon.js";
export { polyline } from "leaflet/src/layer/vector/Polyline.js";
export * as DomUtil from "leaflet/src/dom/DomUtil.js";
export type { LatLngTuple, LeafletMouseEvent } from "leaflet";
