/**
 * Stands in for @protomaps/basemaps in the build: protomaps-leaflet imports it for its named
 * "flavors" (the Protomaps basemap's own styles), which Tournée never uses (it styles its own
 * tiles, map/vector-layer.ts). Keeping it out saves the driver's phone ~12 KB of JavaScript.
 */
export function namedFlavor(name: string): never {
  throw new Error(`map style "${name}" is not bundled: Tournée draws its own tiles with map/vector-layer.ts`);
}
