/**
 * Puts the chosen background under a Leaflet map: raster tiles as images, or the deployment's own
 * vector tiles drawn in the browser (loaded only then: the renderer is the heaviest part). Says
 * when tiles fail, so the map can say the background is missing while markers and lines stay.
 */
import type { MapBackground } from "@tournee/domain";
import * as L from "./leaflet";

export function addBackground(map: L.Map, background: MapBackground | null | undefined, onFailure: () => void): () => void {
  if (!background) return () => {};
  if (background.kind === "raster") {
    const layer = L.tileLayer(background.url, { attribution: background.attribution, maxZoom: background.maxZoom, crossOrigin: true }).on("tileerror", onFailure).addTo(map);
    return () => void layer.remove();
  }
  let layer: L.Layer | undefined;
  let removed = false;
  void import("./vector-layer").then(
    ({ vectorLayer }) => {
      if (removed) return;
      layer = vectorLayer(background, onFailure).addTo(map);
    },
    onFailure,
  );
  return () => {
    removed = true;
    layer?.remove();
  };
}
