import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { boundsOf, isValidLatLng, type LatLng } from "./bounds";
import type { TileSource } from "./tile-source";
import "./map-view.css";

export interface MapMarker {
  id: string;
  position: LatLng;
  /** Short text inside the marker, e.g. the stop's order "3". */
  label: string;
  /** Read by screen readers and shown on hover, e.g. "3 – Place de l'église, 9:30". */
  title: string;
}

export interface MapLine {
  id: string;
  points: LatLng[];
  /** "planned" for the route to drive, "done" for what is behind. */
  kind?: "planned" | "done";
}

interface MapViewProps {
  markers: readonly MapMarker[];
  lines?: readonly MapLine[];
  /** Background tiles; without them the map is a plain background, which works offline. */
  tiles?: TileSource | undefined;
  /** Name of the map for screen readers, e.g. "Carte de la tournée du mardi". */
  label: string;
}

const toLeaflet = (p: LatLng): L.LatLngTuple => [p.lat, p.lng];

/**
 * Markers and lines on a Leaflet map. Works with no tile server at all: if tiles are missing or
 * fail to load, the markers and lines stay and a sentence says the background is unavailable.
 * The map is a complement: screens that use it also list the same stops as text.
 */
export function MapView({ markers, lines = [], tiles, label }: MapViewProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [tilesFailed, setTilesFailed] = useState(false);

  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, { zoomSnap: 0.25, attributionControl: Boolean(tiles) });
    if (tiles) {
      L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: tiles.maxZoom, crossOrigin: true })
        .on("tileerror", () => setTilesFailed(true))
        .addTo(map);
    }
    for (const line of lines) {
      const points = line.points.filter(isValidLatLng).map(toLeaflet);
      L.polyline(points, { className: `map-line map-line--${line.kind ?? "planned"}`, weight: 5, interactive: false }).addTo(map);
    }
    for (const marker of markers) {
      if (!isValidLatLng(marker.position)) continue;
      const icon = L.divIcon({ className: "map-marker", html: "", iconSize: [36, 36], iconAnchor: [18, 18] });
      // A picture, not a control: Leaflet's keyboard option would make each marker a "button" that
      // does nothing, and stops a few metres apart would be overlapping targets. The list the map
      // sits beside says everything it shows.
      const element = L.marker(toLeaflet(marker.position), { icon, title: marker.title, alt: marker.title, keyboard: false }).addTo(map);
      const node = element.getElement();
      if (node) node.textContent = marker.label;
    }
    const bounds = boundsOf([...markers.map((m) => m.position), ...lines.flatMap((l) => l.points)]);
    if (bounds) map.fitBounds([[bounds.south, bounds.west], [bounds.north, bounds.east]]);
    else map.setView([46.6, 2.4], 5); // mainland France
    return () => {
      map.remove();
    };
  }, [markers, lines, tiles]);

  return (
    <figure className="map">
      <div ref={container} className="map__canvas" role="region" aria-label={label} />
      {(!tiles || tilesFailed) && <figcaption className="map__note">{t("map.tilesUnavailable")}</figcaption>}
    </figure>
  );
}
