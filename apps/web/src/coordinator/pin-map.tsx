import * as L from "../map/leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { addBackground, boundsOf, useMapBackground } from "../map";
import "../map/map-view.css";

export interface Pin {
  id: string;
  lat: number;
  lng: number;
  title: string;
  label: string;
  selected?: boolean;
}

interface PinMapProps {
  pins: readonly Pin[];
  /** The position being edited, shown as its own pin; the map follows it when it moves. */
  draft?: { lat: number; lng: number } | undefined;
  label: string;
  /** What the caption says under the map; default: the halts' help. */
  help?: string;
  onMove(id: string, lat: number, lng: number): void;
  onPlace(lat: number, lng: number): void;
}

/**
 * Pins a coordinator can drag, or place by clicking the map (one pointer, no drag needed).
 * Works without tiles. Pins are for the mouse and touch only (villages overlap when zoomed out):
 * keyboard and screen-reader users search the address, type the position or move the pin with
 * PinControls beside the map.
 */
export function PinMap({ pins, draft, label, help, onMove, onPlace }: PinMapProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map>(null);
  const layer = useRef<L.LayerGroup>(null);
  const draftMarker = useRef<L.Marker>(null);
  const handlers = useRef({ onMove, onPlace });
  handlers.current = { onMove, onPlace };
  const background = useMapBackground();

  useEffect(() => {
    if (!container.current) return;
    const m = L.map(container.current, { zoomSnap: 0.25 });
    m.setView([46.6, 2.4], 5);
    m.on("click", (e: L.LeafletMouseEvent) => handlers.current.onPlace(e.latlng.lat, e.latlng.lng));
    layer.current = L.layerGroup().addTo(m);
    map.current = m;
    return () => {
      m.remove();
    };
  }, []);

  const [tilesFailed, setTilesFailed] = useState(false);
  useEffect(() => (map.current ? addBackground(map.current, background, () => setTilesFailed(true)) : undefined), [background]);

  const fitted = useRef(false);
  useEffect(() => {
    const group = layer.current;
    if (!group || !map.current) return;
    group.clearLayers();
    for (const pin of pins) {
      const icon = L.divIcon({ className: `map-marker${pin.selected ? " map-marker--selected" : ""}`, html: "", iconSize: [36, 36], iconAnchor: [18, 18] });
      const marker = L.marker([pin.lat, pin.lng], { icon, title: pin.title, alt: pin.title, draggable: true, keyboard: false }).addTo(group);
      const node = marker.getElement();
      if (node) node.textContent = pin.label;
      marker.on("dragend", () => {
        const p = marker.getLatLng();
        handlers.current.onMove(pin.id, p.lat, p.lng);
      });
    }
    const bounds = boundsOf(pins.map((p) => ({ lat: p.lat, lng: p.lng })));
    if (bounds && !fitted.current) {
      map.current.fitBounds([[bounds.south, bounds.west], [bounds.north, bounds.east]], { padding: [24, 24] });
      fitted.current = true;
    }
  }, [pins]);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    draftMarker.current?.remove();
    draftMarker.current = null;
    if (!draft) return;
    const icon = L.divIcon({ className: "map-marker map-marker--selected", html: "", iconSize: [36, 36], iconAnchor: [18, 18] });
    const marker = L.marker([draft.lat, draft.lng], { icon, title: t("coordinator.pin.draft"), alt: t("coordinator.pin.draft"), draggable: true, keyboard: false, zIndexOffset: 1000 }).addTo(m);
    const node = marker.getElement();
    if (node) node.textContent = "+";
    marker.on("dragend", () => {
      const p = marker.getLatLng();
      handlers.current.onPlace(p.lat, p.lng);
    });
    draftMarker.current = marker;
    if (!m.getBounds().pad(-0.1).contains([draft.lat, draft.lng])) m.setView([draft.lat, draft.lng], Math.max(m.getZoom(), 15));
  }, [draft?.lat, draft?.lng, t]);

  const caption = help ?? t("coordinator.stops.mapHelp");
  return (
    <figure className="map">
      <div ref={container} className="map__canvas" role="region" aria-label={label} />
      <figcaption className="map__note">{background && !tilesFailed ? caption : `${t("map.tilesUnavailable")} ${caption}`}</figcaption>
    </figure>
  );
}
