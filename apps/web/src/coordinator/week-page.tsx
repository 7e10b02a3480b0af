import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { Link } from "react-router";
import { formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { alertsApi } from "../live/alerts-api";
import { coordinatorApi } from "./coordinator-api";
import { LoadState } from "./load-state";
import { useLoad } from "./use-load";
import { WeekAlerts } from "./week-alerts";
import { useCoordinatedOrganisation } from "./use-organisation";
import { RoutingNote } from "../ui/routing-note";
import { addDays, dayLabel, parisToday, weekDays, weekToPrepare } from "./week-dates";

/** The coordinator's week: rounds per day, orders received against expected, cutoffs, and what needs attention. */
export function WeekPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t("coordinator.week.title"));
  const organisation = useCoordinatedOrganisation();
  const [monday, setMonday] = useState(() => weekToPrepare(parisToday()));
  const days = weekDays(monday);
  const [week, retry] = useLoad(async () => {
    const [tours, summaries, reminders, rounds, calls, referrals] = await Promise.all([
      coordinatorApi.tours(days[0]!, days[6]!),
      Promise.all(days.map((d) => coordinatorApi.orderSummaries(d))),
      coordinatorApi.reminders().catch(() => []),
      alertsApi.list({ from: days[0]!, to: days[6]!, status: "open" }),
      coordinatorApi.callRequests(),
      coordinatorApi.referrals("pending"),
    ]);
    return { tours, summaries, reminders, rounds, calls, referrals };
  }, [monday], { of: monday });

  return (
    <>
      <h1>{t("coordinator.week.title")}</h1>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => setMonday(addDays(monday, -7))}>
          {t("coordinator.week.previous")}
        </button>
        <p className="toolbar__label" aria-live="polite">
          {t("coordinator.week.of", { day: dayLabel(monday, locale) })}
        </p>
        <button type="button" className="button" onClick={() => setMonday(addDays(monday, 7))}>
          {t("coordinator.week.next")}
        </button>
      </div>
      <LoadState load={week} retry={retry}>
        {({ tours, summaries, reminders, rounds, calls, referrals }) => (
          <>
            <WeekAlerts reminders={reminders} rounds={rounds} calls={calls} referrals={referrals} onChanged={retry} />
            {days.map((day, i) => {
              const dayTours = tours.filter((tour) => tour.date === day);
              const passages = summaries[i] ?? [];
              if (!dayTours.length && !passages.length) return null;
              const received = passages.reduce((n, p) => n + p.ordersReceived, 0);
              const expected = passages.reduce((n, p) => n + p.expectedHouseholds, 0);
              const cutoff = passages.map((p) => p.cutoffAt).sort()[0];
              return (
                <section key={day} aria-labelledby={`day-${day}`} className="panel">
                  <h2 id={`day-${day}`}>{dayLabel(day, locale)}</h2>
                  <p>{t("coordinator.week.orders", { received, expected })}</p>
                  {cutoff && <p>{t("coordinator.week.cutoff", { when: `${dayLabel(cutoff.slice(0, 10), locale)} ${formatTime(new Date(cutoff), locale)}` })}</p>}
                  <ul className="plain-list">
                    {dayTours.map((tour) => {
                      const vehicle = tour.vehicle?.name ?? t("coordinator.week.noVehicle");
                      return (
                        <li key={tour.id}>
                          {t("coordinator.week.tour", { vehicle, driver: tour.driver?.displayName ?? t("coordinator.week.noDriver"), count: tour.passageCount, status: t(`coordinator.tourStatus.${tour.status}`) })}{" "}
                          <Link to={`/coordination/tournees/${tour.id}`}>{t("coordinator.week.openRound", { vehicle })}</Link>{" · "}
                          <a href={`/api/tours/${tour.id}/sheet`} target="_blank" rel="noreferrer">{t("coordinator.week.printSheet", { vehicle })}</a>{" · "}
                          <a href={`/api/tours/${tour.id}/loading-list`} target="_blank" rel="noreferrer">{t("coordinator.week.printLoading", { vehicle })}</a>
                          <RoutingNote tour={tour} />
                        </li>
                      );
                    })}
                  </ul>
                  {organisation && dayTours.length > 0 && (
                    <p>
                      <a href={`/api/bakery-production?date=${day}&organisationId=${organisation.id}`} target="_blank" rel="noreferrer">
                        {t("coordinator.week.printBakery", { day: dayLabel(day, locale) })}
                      </a>
                    </p>
                  )}
                  {passages.length > 0 && (
                    <table className="table">
                      <caption>{t("coordinator.week.passagesCaption", { day: dayLabel(day, locale) })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t("coordinator.week.stop")}</th>
                          <th scope="col">{t("coordinator.week.received")}</th>
                          <th scope="col">{t("coordinator.week.expected")}</th>
                          <th scope="col">{t("coordinator.week.toCall")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {passages.map((p) => (
                          <tr key={p.passageId}>
                            <th scope="row">{`${p.stop.name}, ${p.stop.city}`}</th>
                            <td>{p.ordersReceived}</td>
                            <td>{p.expectedHouseholds}</td>
                            <td>
                              {day < parisToday() ? (
                                "—"
                              ) : p.notOrdered > 0 ? (
                                <Link to={`/coordination/passages/${p.passageId}/a-appeler`} aria-label={`${t("coordinator.week.toCallLink", { count: p.notOrdered })}, ${p.stop.name}`}>
                                  {t("coordinator.week.toCallLink", { count: p.notOrdered })}
                                </Link>
                              ) : (
                                t("coordinator.week.noneToCall")
                              )}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </section>
              );
            })}
          </>
        )}
      </LoadState>
    </>
  );
}
