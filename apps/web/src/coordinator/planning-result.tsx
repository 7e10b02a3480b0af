import type { PlanningDay, TourDetail } from "@tournee/domain";
import { useMemo } from "react";
import { useTranslation } from "../i18n/use-translation";
import { formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { decodePolyline } from "../map/polyline";
import { planningApi } from "./planning-api";
import { PlannedTours } from "./planned-tours";
import { WorkingDaysSpread } from "./planning-balance";
import { LeftOutStops } from "./planning-left-out";
import { PlannedVehicles, PlanTotals } from "./planning-vehicles";
import { RouteMap, VEHICLE_COLOURS } from "./route-map";

type Act = (work: () => Promise<unknown>, done: string) => Promise<void>;

/** The day's plan as it stands: totals, vehicles side by side, stops left out, the map, publication and each round's stops. */
export function PlanningResult({ day, details, vehicles, onAct }: { day: PlanningDay; details: TourDetail[]; vehicles: readonly { id: string; name: string }[]; onAct: Act }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const routes = useMemo(
    () =>
      details.map((tour, i) => ({
        id: tour.id,
        colour: VEHICLE_COLOURS[i % VEHICLE_COLOURS.length]!,
        name: tour.vehicle?.name ?? t("coordinator.week.noVehicle"),
        path: tour.geometry ? decodePolyline(tour.geometry).map(([lat, lng]) => ({ lat, lng })) : undefined,
        straight: tour.geometryProvider !== "osrm",
        stops: tour.passages.map((p, n) => ({
          id: p.id, lat: p.stop.latitude, lng: p.stop.longitude, label: String((p.sequence ?? n) + 1),
          title: `${(p.sequence ?? n) + 1} – ${p.stop.name}${p.plannedArrival ? `, ${formatTime(new Date(p.plannedArrival), locale)}` : ""}`,
        })),
      })),
    [details, locale, t],
  );
  const unpublished = details.filter((d) => d.status === "planned" || d.status === "draft");
  if (!day.vehicles.length) {
    return (
      <>
        <p>{t("coordinator.planning.notPlanned")}</p>
        <LeftOutStops stops={day.leftOut} planned={false} />
      </>
    );
  }
  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">{day.published ? t("coordinator.planning.publishedPlan") : t("coordinator.planning.currentPlan")}</h2>
      <PlanTotals totals={day.totals} rounds={day.vehicles.length} />
      <PlannedVehicles vehicles={day.vehicles} caption={t("coordinator.planning.sideBySide")} />
      <WorkingDaysSpread vehicles={day.vehicles} />
      <LeftOutStops stops={day.leftOut} />
      {unpublished.length > 0 && (
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => void onAct(() => Promise.all(unpublished.map((d) => planningApi.publish(d.id))), t("coordinator.planning.published"))}>
            {t("coordinator.planning.publish")}
          </button>
        </div>
      )}
      <RouteMap routes={routes} label={t("coordinator.planning.mapLabel")} />
      <PlannedTours details={details} vehicles={vehicles} colours={routes.map((r) => r.colour)} onAct={onAct} />
    </section>
  );
}
