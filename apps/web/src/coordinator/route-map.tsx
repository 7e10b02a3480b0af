import { useMemo } from "react";
import { useTranslation } from "../i18n/use-translation";
import { MapView, type LatLng, type MapLine, type MapMarker } from "../map";

/** Darkened Okabe–Ito colours: told apart with common colour-vision deficiencies, white text on each at 4.5:1 or more. */
export const VEHICLE_COLOURS = ["#005a8c", "#a33d00", "#00705a", "#8e3b73", "#5b3f8a", "#6b5500"] as const;

export interface RouteOnMap {
  id: string;
  colour: string;
  /** The vehicle's name, for the legend. */
  name: string;
  stops: { id: string; lat: number; lng: number; label: string; title: string }[];
  /** The road path (decoded geometry); straight lines between the stops when absent. */
  path?: LatLng[] | undefined;
  /** The path is straight segments, not the road. */
  straight?: boolean;
}

/**
 * Each vehicle's stops, numbered in driving order as in the lists below it, joined by its road
 * line in the vehicle's colour, with a legend naming each colour; on the deployment's background.
 */
export function RouteMap({ routes, label }: { routes: readonly RouteOnMap[]; label: string }) {
  const { t } = useTranslation();
  const markers = useMemo<MapMarker[]>(() => routes.flatMap((r) => r.stops.map((s) => ({ id: s.id, position: { lat: s.lat, lng: s.lng }, label: s.label, title: s.title, colour: r.colour }))), [routes]);
  const lines = useMemo<MapLine[]>(
    () => routes.map((r) => ({ id: r.id, colour: r.colour, kind: r.straight || !r.path ? "straight" : "planned", points: r.path ?? r.stops.map((s) => ({ lat: s.lat, lng: s.lng })) })),
    [routes],
  );
  return (
    <div>
      <MapView markers={markers} lines={lines} label={label} />
      <ul className="map-legend" aria-label={t("coordinator.planning.legend")}>
        {routes.map((r) => (
          <li key={r.id}>
            <span className="map-legend__swatch" style={{ background: r.colour }} aria-hidden="true" />
            {r.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
