// Leaflet publishes types for its bundle only; its ES modules export the same classes.
declare module "leaflet/src/map/handler/*";
declare module "leaflet/src/control/Control.Attribution.js";
declare module "leaflet/src/layer/vector/Renderer.getRenderer.js";
declare module "leaflet/src/map/Map.js" {
  export { Map, map as createMap } from "leaflet";
}
declare module "leaflet/src/control/Control.Zoom.js" {
  import { control } from "leaflet";
  export const zoom: typeof control.zoom;
}
declare module "leaflet/src/layer/tile/GridLayer.js" {
  export { GridLayer } from "leaflet";
}
declare module "leaflet/src/layer/tile/TileLayer.js" {
  export { TileLayer, tileLayer } from "leaflet";
}
declare module "leaflet/src/layer/Layer.js" {
  export { Layer } from "leaflet";
}
declare module "leaflet/src/layer/LayerGroup.js" {
  export { LayerGroup, layerGroup } from "leaflet";
}
declare module "leaflet/src/layer/marker/Marker.js" {
  export { Marker, marker } from "leaflet";
}
declare module "leaflet/src/layer/marker/DivIcon.js" {
  export { divIcon } from "leaflet";
}
declare module "leaflet/src/layer/vector/Polyline.js" {
  export { polyline } from "leaflet";
}
declare module "leaflet/src/dom/DomUtil.js" {
  import { DomUtil } from "leaflet";
  export const create: typeof DomUtil.create;
  export const remove: typeof DomUtil.remove;
  export const removeClass: typeof DomUtil.removeClass;
}
