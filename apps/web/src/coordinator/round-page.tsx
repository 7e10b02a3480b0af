/**
 * One round, as a coordinator opens it from the week or the live day (after a driver's morning
 * call): who drives it, handing it to another driver, what the sync rules left to check on it, and
 * its stops with what happened there so far.
 */
import { useTranslation } from "../i18n/use-translation";
import { Link, useParams } from "react-router";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { alertsApi } from "../live/alerts-api";
import { RoundProgress } from "../live/round-progress";
import { SyncConflicts } from "../live/sync-conflicts";
import { FormAlert } from "../ui/form-alert";
import { coordinatorApi } from "./coordinator-api";
import { LoadState } from "./load-state";
import { planningApi } from "./planning-api";
import { PlanningDriverChange, roundsToReassign } from "./planning-driver-change";
import { useAct } from "./use-act";
import { useLoad } from "./use-load";
import { dayLabel } from "./week-dates";
import "../live/live.css";

export function RoundPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = "" } = useParams();
  const [load, reload] = useLoad(async () => {
    const tour = await planningApi.tour(id);
    const [day, alerts] = await Promise.all([coordinatorApi.tours(tour.date, tour.date), alertsApi.list({ from: tour.date, to: tour.date, status: "all" })]);
    return { tour, day, conflicts: alerts.conflicts.filter((c) => c.tourId === tour.id) };
  }, [id]);
  const title = load.status === "ready"
    ? t("coordinator.round.title", { vehicle: load.data.tour.vehicle?.name ?? t("coordinator.week.noVehicle"), day: dayLabel(load.data.tour.date, locale) })
    : t("coordinator.round.loading");
  usePageTitle(title);
  const { act, busy, error, message } = useAct(reload);

  return (
    <section className="live">
      <h1>{title}</h1>
      <FormAlert message={error} />
      {message && <p className="alert alert--info" role="status">{message}</p>}
      <LoadState load={load} retry={reload}>
        {({ tour, day, conflicts }) => {
          const vehicle = tour.vehicle?.name ?? t("coordinator.week.noVehicle");
          return (
            <>
              <p>
                {t("coordinator.round.driver", { driver: tour.driver?.displayName ?? t("coordinator.week.noDriver"), status: t(`coordinator.tourStatus.${tour.status}`) })}
              </p>
              <p className="actions">
                <a href={`/api/tours/${tour.id}/sheet`} target="_blank" rel="noreferrer">{t("coordinator.week.printSheet", { vehicle })}</a>
                <a href={`/api/tours/${tour.id}/loading-list`} target="_blank" rel="noreferrer">{t("coordinator.week.printLoading", { vehicle })}</a>
                <Link to={`/coordination/planification?date=${tour.date}`}>{t("coordinator.round.toPlanning", { day: dayLabel(tour.date, locale) })}</Link>
                <Link to={`/coordination/direct?date=${tour.date}`}>{t("coordinator.round.toLive", { day: dayLabel(tour.date, locale) })}</Link>
              </p>
              <PlanningDriverChange rounds={roundsToReassign([tour])} day={day} disabled={busy} onAct={(work, done) => void act(work, done)} elsewhere />
              {conflicts.length > 0 && <SyncConflicts conflicts={conflicts} onChanged={reload} />}
              <h2>{t("coordinator.round.stops")}</h2>
              <RoundProgress tours={[tour]} />
            </>
          );
        }}
      </LoadState>
    </section>
  );
}
