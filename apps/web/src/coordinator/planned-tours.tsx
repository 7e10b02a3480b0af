import type { TourDetail, TourReload } from "@tournee/domain";
import { loadText } from "../format/load-text";
import { Fragment, useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { RoutingNote } from "../ui/routing-note";
import { planningApi } from "./planning-api";
import { WhyThisVehicle } from "./planning-why-vehicle";

/** Each vehicle's stops with their estimated times and orders, and a way to move a stop to another vehicle. */
/** `vehicles`: every vehicle in service a stop may be moved to, with or without a round that day. */
export function PlannedTours({ details, vehicles, colours, onAct }: { details: TourDetail[]; vehicles: readonly { id: string; name: string }[]; colours: string[]; onAct(work: () => Promise<unknown>, done: string): Promise<void> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [targets, setTargets] = useState<Record<string, string>>({});
  return (
    <>
      {details.map((tour, i) => (
        <section key={tour.id} className="panel" aria-labelledby={`tour-${tour.id}`} style={{ borderLeft: `8px solid ${colours[i]}` }}>
          <h2 id={`tour-${tour.id}`}>
            {t("coordinator.planning.tourTitle", { vehicle: tour.vehicle?.name ?? t("coordinator.week.noVehicle"), driver: tour.driver?.displayName ?? t("coordinator.week.noDriver"), status: t(`coordinator.tourStatus.${tour.status}`) })}
          </h2>
          <RoutingNote tour={tour} line={tour.geometryProvider} />
          <table className="table">
            <caption>{t("coordinator.planning.stopsOf", { vehicle: tour.vehicle?.name ?? "" })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("coordinator.stops.number")}</th>
                <th scope="col">{t("coordinator.week.stop")}</th>
                <th scope="col">{t("coordinator.planning.eta")}</th>
                <th scope="col">{t("coordinator.planning.orders")}</th>
                <th scope="col">{t("coordinator.planning.move")}</th>
              </tr>
            </thead>
            <tbody>
              {(tour.reloads ?? []).filter((r) => !tour.passages.some((p) => p.sequence === r.beforeSequence)).map((r) => <ReloadRow key={`reload-${r.trip}`} reload={r} />)}
              {(tour.pickups ?? []).map((pickup) => (
                <tr key={`pickup-${pickup.sequence}`}>
                  <td>{pickup.sequence + 1}</td>
                  <th scope="row">{pickup.siteName}</th>
                  <td>{pickup.plannedArrival ? formatTime(new Date(pickup.plannedArrival), locale) : "—"}</td>
                  <td colSpan={2}>
                    {pickup.source === "farm"
                      ? t("coordinator.planning.farmPickup", { count: pickup.crates, items: pickup.products.reduce((n, p) => n + p.quantity, 0) })
                      : t("coordinator.planning.pickup", { count: pickup.crates, breads: pickup.products.reduce((n, p) => n + p.quantity, 0) })}
                  </td>
                </tr>
              ))}
              {tour.passages.map((p, n) => {
                const others = vehicles.filter((v) => v.id !== tour.vehicle?.id);
                const target = targets[p.id] ?? others[0]?.id ?? "";
                const selectId = `move-${p.id}`;
                return (
                  <Fragment key={p.id}>
                    {(tour.reloads ?? []).filter((r) => r.beforeSequence === p.sequence).map((r) => <ReloadRow key={`reload-${r.trip}`} reload={r} />)}
                    <tr>
                      <td>{(p.sequence ?? n) + 1}</td>
                      <th scope="row">{`${p.stop.name}, ${p.stop.city}`}</th>
                      <td>{p.plannedArrival ? formatTime(new Date(p.plannedArrival), locale) : "—"}</td>
                      <td>{p.handovers.length}</td>
                      <td>
                        {others.length > 0 && (
                          <div className="actions">
                            <label htmlFor={selectId} className="visually-hidden">{t("coordinator.planning.moveTo", { stop: p.stop.name })}</label>
                            <select id={selectId} value={target} onChange={(e) => setTargets({ ...targets, [p.id]: e.target.value })}>
                              {others.map((o) => (
                                <option key={o.id} value={o.id}>{o.name}</option>
                              ))}
                            </select>
                            <button type="button" className="button" aria-label={t("coordinator.planning.moveButton", { stop: p.stop.name })} onClick={() => void onAct(() => planningApi.lock(tour.id, p.id, target), t("coordinator.planning.moved", { stop: p.stop.name }))}>
                              {t("coordinator.planning.moveShort")}
                            </button>
                          </div>
                        )}
                        <WhyThisVehicle tourId={tour.id} passageId={p.id} stopName={p.stop.name} />
                      </td>
                    </tr>
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}

/** A multi-trip round's return to its depot, between the last stop of a trip and the first of the next. */
function ReloadRow({ reload }: { reload: TourReload }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <tr className="planned-tours__reload" data-testid="reload">
      <td>↺</td>
      <th scope="row">{t("reload.at", { site: reload.siteName })}</th>
      <td>{formatTime(new Date(reload.plannedArrival), locale)}</td>
      <td colSpan={2}>{`${t("reload.load", { what: loadText(t, reload.load, locale) })} ${t("reload.forTrip", { trip: reload.trip })}`}</td>
    </tr>
  );
}
