import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { boundsOf, configuredTiles } from "../map";
import "../map/map-view.css";

/** Darkened Okabe–Ito colours: told apart with common colour-vision deficiencies, white text on each at 4.5:1 or more. */
export const VEHICLE_COLOURS = ["#005a8c", "#a33d00", "#00705a", "#8e3b73", "#5b3f8a", "#6b5500"] as const;

export interface RouteOnMap {
  id: string;
  colour: string;
  stops: { id: string; lat: number; lng: number; label: string; title: string }[];
}

/** Each vehicle's stops, numbered in driving order and joined by a line of its colour; no tiles needed. */
export function RouteMap({ routes, label }: { routes: readonly RouteOnMap[]; label: string }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, { zoomSnap: 0.25, attributionControl: Boolean(configuredTiles) });
    if (configuredTiles) L.tileLayer(configuredTiles.url, { attribution: configuredTiles.attribution, maxZoom: configuredTiles.maxZoom }).addTo(map);
    for (const route of routes) {
      L.polyline(route.stops.map((s) => [s.lat, s.lng] as L.LatLngTuple), { color: route.colour, weight: 5, interactive: false }).addTo(map);
      for (const stop of route.stops) {
        const icon = L.divIcon({ className: "map-marker", html: "", iconSize: [32, 32], iconAnchor: [16, 16] });
        const marker = L.marker([stop.lat, stop.lng], { icon, title: stop.title, alt: stop.title, keyboard: false, interactive: false }).addTo(map);
        const node = marker.getElement();
        if (node) {
          node.textContent = stop.label;
          node.style.background = route.colour;
        }
      }
    }
    const bounds = boundsOf(routes.flatMap((r) => r.stops.map((s) => ({ lat: s.lat, lng: s.lng }))));
    if (bounds) map.fitBounds([[bounds.south, bounds.west], [bounds.north, bounds.east]], { padding: [24, 24] });
    else map.setView([46.6, 2.4], 5);
    return () => {
      map.remove();
    };
  }, [routes]);
  return (
    <figure className="map">
      <div ref={container} className="map__canvas" role="region" aria-label={label} />
      {!configuredTiles && <figcaption className="map__note">{t("map.tilesUnavailable")}</figcaption>}
    </figure>
  );
}
