import type { PlanFigures, PlannedVehicle } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { formatTime } from "../format/date-time";
import { formatCount, formatDistance, formatDuration } from "../format/units";
import { useLocale } from "../i18n/use-locale";
import { workingSeconds } from "./planning-balance";

const COMPARTMENTS = ["ambient", "chilled", "frozen", "bread"] as const;

/** The day's totals in a person's units: rounds, km, time at the wheel, stops placed. */
export function PlanTotals({ totals, rounds }: { totals: PlanFigures; rounds: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <p className="lead">
      {t("coordinator.planning.totals", {
        rounds, distance: formatDistance(totals.distanceM, locale), driving: formatDuration(totals.drivingS, locale), placed: totals.placed,
      })}
    </p>
  );
}

/** Each vehicle's round side by side: stops, km, driving time, departure and return within its hours, working time, load within its room. */
export function PlannedVehicles({ vehicles, caption }: { vehicles: readonly PlannedVehicle[]; caption: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const time = (iso: string | null) => (iso ? formatTime(new Date(iso), locale) : "—");
  const working = (v: PlannedVehicle) => {
    const seconds = workingSeconds(v);
    return seconds === null ? "—" : formatDuration(seconds, locale);
  };
  const load = (v: PlannedVehicle) =>
    COMPARTMENTS.filter((c) => (v.capacity[c] ?? 0) > 0 || (v.peakLoad[c] ?? 0) > 0).map((c) =>
      t(c === "bread" ? "coordinator.planning.loadCrates" : "coordinator.planning.loadLitres", {
        compartment: t(`coordinator.compartments.${c}`), count: v.peakLoad[c] ?? 0, load: formatCount(v.peakLoad[c] ?? 0, locale), capacity: formatCount(v.capacity[c] ?? 0, locale),
      }),
    );
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="planned-vehicles">
      <table className="table">
        <caption id="planned-vehicles">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("coordinator.planning.vehicle")}</th>
            <th scope="col">{t("coordinator.planning.stops")}</th>
            <th scope="col">{t("coordinator.planning.distance")}</th>
            <th scope="col">{t("coordinator.planning.driving")}</th>
            <th scope="col">{t("coordinator.planning.workingDay")}</th>
            <th scope="col">{t("coordinator.planning.workingTime")}</th>
            <th scope="col">{t("coordinator.planning.load")}</th>
          </tr>
        </thead>
        <tbody>
          {vehicles.map((v) => (
            <tr key={v.vehicle.id}>
              <th scope="row">
                {v.vehicle.name}
                <br />
                <span className="field__hint">{v.driver?.displayName ?? t("coordinator.week.noDriver")}</span>
              </th>
              <td>{(v.trips ?? 1) > 1 ? `${v.stops} (${t("reload.trips", { count: v.trips })})` : v.stops}</td>
              <td>{v.distanceM === null ? "—" : formatDistance(v.distanceM, locale)}</td>
              <td>{v.drivingS === null ? "—" : formatDuration(v.drivingS, locale)}</td>
              <td>
                {t("coordinator.planning.outAndBack", { from: time(v.departure), to: time(v.return) })}
                {v.hours && (
                  <>
                    <br />
                    <span className="field__hint">{t("coordinator.planning.hours", { from: time(v.hours.from), to: time(v.hours.to) })}</span>
                  </>
                )}
              </td>
              <td>{working(v)}</td>
              <td>
                <ul className="bare-list">
                  {load(v).map((line) => <li key={line}>{line}</li>)}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
