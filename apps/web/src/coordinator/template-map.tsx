import type { Stop, TourTemplateView } from "@tournee/domain";
import { useMemo } from "react";
import { useTranslation } from "../i18n/use-translation";
import { MapView, type MapMarker } from "../map";
import { minuteText } from "./money";

/** A round's halts on the map, numbered in driving order and joined by a line; the timetable lists the same halts as text. */
export function TemplateMap({ template, stops }: { template: TourTemplateView; stops: Stop[] }) {
  const { t } = useTranslation();
  const markers = useMemo<MapMarker[]>(
    () =>
      template.halts.flatMap((h) => {
        const stop = stops.find((s) => s.id === h.stopId);
        if (!stop) return [];
        const label = String(h.sequence + 1);
        return [{ id: h.id, position: { lat: stop.latitude, lng: stop.longitude }, label, title: `${label} – ${h.stopName}, ${minuteText(h.arrivalMinute)}` }];
      }),
    [template, stops],
  );
  const lines = useMemo(() => [{ id: template.id, points: markers.map((m) => m.position) }], [template.id, markers]);
  if (markers.length === 0) return null;
  return <MapView markers={markers} lines={lines} label={t("coordinator.templates.map", { name: template.name })} />;
}
