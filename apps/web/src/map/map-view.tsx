import type { MapBackground } from "@tournee/domain";
import * as L from "./leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { addBackground } from "./add-background";
import { readableAttribution } from "./attribution";
import { useMapBackground } from "./background";
import { boundsOf, isValidLatLng, type LatLng } from "./bounds";
import "./map-view.css";

export interface MapMarker {
  id: string;
  position: LatLng;
  /** Short text inside the marker, e.g. the stop's order "3". */
  label: string;
  /** Read by screen readers and shown on hover, e.g. "3 – Place de l'église, 9:30". */
  title: string;
  /** `next`: the stop to drive to now, drawn larger; `done`: a stop behind. */
  kind?: "stop" | "next" | "done" | "depot";
  /** Fill colour (a vehicle's), when the map shows several rounds. */
  colour?: string;
}

export interface MapLine {
  id: string;
  points: LatLng[];
  /** "planned" for the route to drive, "done" for what is behind, "straight" for a line that is not the road. */
  kind?: "planned" | "done" | "straight";
  colour?: string;
}

interface MapViewProps {
  markers: readonly MapMarker[];
  lines?: readonly MapLine[];
  /**
   * Background: by default the deployment's (GET /api/map); `null` for a plain background, or a
   * given one (the driver's round carries the one it was prepared with).
   */
  background?: MapBackground | null | undefined;
  /** The person's own position (a driver's phone, with their permission), not part of the fitted view. */
  position?: LatLng | null | undefined;
  positionTitle?: string;
  /** Name of the map for screen readers, e.g. "Carte de la tournée du mardi". */
  label: string;
  className?: string;
}

const toLeaflet = (p: LatLng): L.LatLngTuple => [p.lat, p.lng];

/**
 * Markers and lines on a Leaflet map. Works with no tile server at all: if tiles are missing or
 * fail to load, the markers and lines stay and a sentence says the background is unavailable.
 * The map is a complement: screens that use it also list the same stops as text.
 */
export function MapView({ markers, lines = [], background: given, position, positionTitle = "", label, className }: MapViewProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const [tilesFailed, setTilesFailed] = useState(false);
  const deployment = useMapBackground();
  const background = given === undefined ? deployment : given;

  useEffect(() => {
    if (!container.current || background === undefined) return;
    const created = L.map(container.current, { zoomSnap: 0.25, attributionControl: Boolean(background), zoomControl: false });
    L.zoomControl({ zoomInTitle: t("map.zoomIn"), zoomOutTitle: t("map.zoomOut") }).addTo(created);
    if (background) created.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    const credited = background && { ...background, attribution: readableAttribution(background.attribution, t("map.osmContributors")) };
    const removeBackground = addBackground(created, credited, () => setTilesFailed(true));
    for (const line of lines) {
      const points = line.points.filter(isValidLatLng).map(toLeaflet);
      L.polyline(points, { className: `map-line map-line--${line.kind ?? "planned"}`, weight: 5, interactive: false, ...(line.colour ? { color: line.colour } : {}) }).addTo(created);
    }
    for (const marker of markers) {
      if (!isValidLatLng(marker.position)) continue;
      const size = marker.kind === "next" ? 48 : 36;
      // The number is part of the icon, so it is there whenever Leaflet draws the marker (a map
      // still without a view adds its markers later).
      const html = document.createElement("span");
      html.className = "map-marker__label";
      html.textContent = marker.label;
      if (marker.colour) html.style.background = marker.colour;
      const icon = L.divIcon({ className: `map-marker map-marker--${marker.kind ?? "stop"}`, html, iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
      // A picture, not a control: Leaflet's keyboard option would make each marker a "button" that
      // does nothing, and stops a few metres apart would be overlapping targets. The list the map
      // sits beside says everything it shows.
      L.marker(toLeaflet(marker.position), { icon, title: marker.title, alt: marker.title, keyboard: false, zIndexOffset: marker.kind === "next" ? 1000 : 0 }).addTo(created);
    }
    const bounds = boundsOf([...markers.map((m) => m.position), ...lines.flatMap((l) => l.points)]);
    if (bounds) created.fitBounds([[bounds.south, bounds.west], [bounds.north, bounds.east]]);
    else created.setView([46.6, 2.4], 5); // mainland France
    map.current = created;
    return () => {
      map.current = null;
      removeBackground();
      created.remove();
    };
  }, [markers, lines, background, t]);

  // The person's position moves often: one marker moved in place, the view left as the person set it.
  useEffect(() => {
    if (!map.current || !position || !isValidLatLng(position)) return;
    const icon = L.divIcon({ className: "map-marker map-marker--me", html: "", iconSize: [22, 22], iconAnchor: [11, 11] });
    const marker = L.marker(toLeaflet(position), { icon, title: positionTitle, alt: positionTitle, keyboard: false, interactive: false, zIndexOffset: 2000 }).addTo(map.current);
    return () => void marker.remove();
  }, [position, positionTitle, markers, lines, background]);

  return (
    <figure className={`map${className ? ` ${className}` : ""}`}>
      <div ref={container} className="map__canvas" role="region" aria-label={label} />
      {(!background || tilesFailed) && <figcaption className="map__note">{t("map.tilesUnavailable")}</figcaption>}
    </figure>
  );
}
