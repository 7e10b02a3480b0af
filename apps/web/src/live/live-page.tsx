/** Coordinators: the live day — wellbeing concerns first, conflicts to resolve, each round's progress, as drivers' changes reach the server (server-sent events). */
import { useTranslation } from "../i18n/use-translation";
import { Link, useSearchParams } from "react-router";
import { coordinatorApi } from "../coordinator/coordinator-api";
import { LoadState } from "../coordinator/load-state";
import { planningApi } from "../coordinator/planning-api";
import { useLoad } from "../coordinator/use-load";
import { addDays } from "../coordinator/week-dates";
import { formatDate, formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { alertsApi } from "./alerts-api";
import { RoundProgress } from "./round-progress";
import { SyncConflicts } from "./sync-conflicts";
import { useLiveFeed, type LiveChange } from "./use-live-feed";
import { WellbeingAlerts } from "./wellbeing-alerts";
import "../coordinator/console.css";
import "./live.css";

const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" });
const FOLLOWED = new Set(["published", "in_progress", "closed"]);
/** How far ahead a day without rounds looks for the next one. */
const LOOK_AHEAD_DAYS = 14;
/** Follow-ups and notes are listed above; the feed tells what happened on the rounds. */
const NOT_IN_FEED = new Set(["conflict", "conflict.resolved", "wellbeing.acknowledged"]);

export function LivePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const date = params.get("date") ?? today();
  const dayText = formatDate(new Date(`${date}T12:00:00Z`), locale);
  usePageTitle(t("live.title", { date: dayText }));
  const { changes, connected, revision } = useLiveFeed(date);
  // A new revision (changes arrived) reloads in place: the screen keeps showing the last answer meanwhile.
  const [day, reload] = useLoad(async () => {
    const [alerts, tours] = await Promise.all([alertsApi.list({ from: date, to: date, status: "all" }), coordinatorApi.tours(date, date)]);
    const details = await Promise.all(tours.filter((tour) => tour.status !== "draft" && tour.status !== "planned").map((tour) => planningApi.tour(tour.id)));
    // A day without rounds (a weekend) points to the next day that has some.
    const next = details.length ? undefined : (await coordinatorApi.tours(addDays(date, 1), addDays(date, LOOK_AHEAD_DAYS))).filter((tour) => FOLLOWED.has(tour.status)).map((tour) => tour.date).sort()[0];
    return { alerts, tours: details, next };
  }, [date, revision]);

  const feed = changes.filter((c) => !NOT_IN_FEED.has(c.kind));
  const when = (c: LiveChange) => formatTime(new Date(c.payload.deviceTime ?? c.at), locale);
  const describe = (c: LiveChange) => {
    const short = c.payload.shortfalls?.length ?? 0;
    if (c.kind === "farm.received") return t(short ? "live.kinds.farm_received_short" : "live.kinds.farm_received", { farm: c.payload.siteName ?? "", count: short });
    return t(`live.kinds.${c.kind.replace(".", "_")}`, { defaultValue: c.kind, name: c.payload.householdName ?? "", reason: c.payload.reason ?? "", text: c.payload.text ?? "" });
  };

  return (
    <section className="live">
      <h1>{t("live.title", { date: dayText })}</h1>
      <p role="status">{connected ? t("live.connected") : t("live.disconnected")}</p>
      <LoadState load={day} retry={reload}>
        {({ alerts, tours, next }) => (
          <>
            <WellbeingAlerts alerts={alerts.wellbeingAlerts} onChanged={reload} />
            <SyncConflicts conflicts={alerts.conflicts} onChanged={reload} />
            <h2>{t("live.rounds")}</h2>
            <RoundProgress tours={tours} linked />
            {next && (
              <p>
                {t("live.nextRounds", { date: formatDate(new Date(`${next}T12:00:00Z`), locale) })} <Link to={`/coordination/direct?date=${next}`}>{t("live.followNext")}</Link>
              </p>
            )}
          </>
        )}
      </LoadState>
      <h2>{t("live.feed")}</h2>
      {!feed.length && <p>{t("live.feedEmpty")}</p>}
      <ol className="live__feed" data-testid="live-feed">
        {feed.map((c) => (
          <li key={c.id} data-kind={c.kind} className={c.kind === "wellbeing.flagged" ? "live__item--alert" : undefined}>
            <time>{when(c)}</time> {describe(c)}
            {c.payload.clockSuspect && <em> {t("live.clockSuspect")}</em>}
          </li>
        ))}
      </ol>
    </section>
  );
}
