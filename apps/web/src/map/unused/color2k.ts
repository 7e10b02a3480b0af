/**
 * Stands in for color2k in the build: protomaps-leaflet imports its `mix` only for the named
 * flavors' colours (see protomaps-basemaps.ts), which Tournée never draws.
 */
export function mix(): never {
  throw new Error("colour mixing is only used by protomaps' named flavors, which are not bundled: draw with map/vector-layer.ts");
}
