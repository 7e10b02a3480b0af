import type { CallRequestSchema, Referral, RoundAlerts } from "@tournee/domain";
import type * as z from "zod/mini";
import { useTranslation } from "../i18n/use-translation";
import { Link } from "react-router";
import { CallRequests } from "./call-requests";
import type { coordinatorApi } from "./coordinator-api";
import { dayLabel } from "./week-dates";
import { useLocale } from "../i18n/use-locale";
import "../live/live.css";

/**
 * The week's "to watch" block: open wellbeing concerns first, then days with deliveries added after their rounds were
 * published (to plan again), unresolved sync conflicts, referrals to decide, calls owed,
 * then eligibilities ending (with the renewal already asked for, when there is one, to decide from there).
 */
export function WeekAlerts({ reminders, rounds, calls, referrals, onChanged }: {
  reminders: Awaited<ReturnType<typeof coordinatorApi.reminders>>; rounds: RoundAlerts; calls: readonly z.infer<typeof CallRequestSchema>[]; referrals: readonly Referral[]; onChanged(): void;
}) {
  const referralsWaiting = referrals.length;
  const renewalAsked = (householdId: string) => referrals.find((r) => r.kind === "renewal" && r.householdId === householdId);
  const { t } = useTranslation();
  const locale = useLocale();
  const live = (date: string) => `/coordination/direct?date=${date}`;
  const empty = !reminders.length && !rounds.wellbeingAlerts.length && !rounds.conflicts.length && !rounds.addedAfterPublication.length && !calls.length && !referralsWaiting;
  return (
    <section aria-labelledby="alerts-title" className="panel" data-testid="week-alerts">
      <h2 id="alerts-title">{t("coordinator.week.alerts")}</h2>
      {empty && <p>{t("coordinator.week.noAlerts")}</p>}
      {rounds.wellbeingAlerts.length > 0 && (
        <>
          <h3>{t("coordinator.week.concerns")}</h3>
          <ul className="plain-list live__item--alert">
            {rounds.wellbeingAlerts.map((a) => (
              <li key={a.id}>
                <strong>{t("coordinator.week.concern", { name: a.household.name, day: dayLabel(a.date, locale), reason: a.reason })}</strong>{" "}
                <Link to={live(a.date)}>{t("coordinator.week.seeLiveDay", { day: dayLabel(a.date, locale) })}</Link>
                {" · "}
                <Link to={`/coordination/foyers/${a.household.id}`}>{t("coordinator.week.seeHousehold", { name: a.household.name })}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {rounds.addedAfterPublication.length > 0 && (
        <>
          <h3>{t("coordinator.week.late")}</h3>
          <ul className="plain-list">
            {rounds.addedAfterPublication.map((d) => (
              <li key={d.date}>
                <strong>{t("coordinator.week.lateDay", { day: dayLabel(d.date, locale), count: d.count })}</strong>{" "}
                {d.started ? t("coordinator.week.lateStarted") : <Link to={`/coordination/planification?date=${d.date}`}>{t("coordinator.week.replanDay", { day: dayLabel(d.date, locale) })}</Link>}
              </li>
            ))}
          </ul>
        </>
      )}
      {rounds.conflicts.length > 0 && (
        <>
          <h3>{t("coordinator.week.conflicts")}</h3>
          <ul className="plain-list">
            {rounds.conflicts.map((c) => (
              <li key={c.id}>
                {t("coordinator.week.conflict", { day: dayLabel(c.date, locale), title: t(`live.ruleTitles.${c.rule}`), where: c.household?.name ?? c.stopName ?? "—" })}{" "}
                <Link to={live(c.date)}>{t("coordinator.week.settleOnLiveDay", { day: dayLabel(c.date, locale) })}</Link>
                {c.household && (
                  <>
                    {" · "}
                    <Link to={`/coordination/foyers/${c.household.id}`}>{t("coordinator.week.seeHousehold", { name: c.household.name })}</Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {referralsWaiting > 0 && (
        <p>
          <strong>{t("coordinator.week.referralsWaiting", { count: referralsWaiting })}</strong> <Link to="/coordination/orientations">{t("coordinator.week.seeReferrals")}</Link>
        </p>
      )}
      <CallRequests calls={calls} onChanged={onChanged} />
      {reminders.length > 0 && (
        <>
          <h3>{t("coordinator.week.eligibilities")}</h3>
          <ul className="plain-list">
            {reminders.map((r) => (
              <li key={r.eligibilityId}>
                {r.state === "expired"
                  ? t("coordinator.week.eligibilityExpired", { name: r.householdName, date: dayLabel(r.validTo, locale) })
                  : t("coordinator.week.eligibilityEnding", { name: r.householdName, count: r.daysLeft, date: dayLabel(r.validTo, locale) })}
                <RenewalAsked referral={renewalAsked(r.householdId)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function RenewalAsked({ referral }: { referral: Referral | undefined }) {
  const { t } = useTranslation();
  if (!referral) return null;
  return (
    <>
      {" "}
      {referral.referrer ? t("coordinator.week.renewalAskedBy", { referrer: referral.referrer.displayName }) : t("coordinator.week.renewalAsked")}{" "}
      <Link to={`/coordination/orientations/${referral.id}`}>{t("coordinator.week.decideRenewal", { name: referral.householdName })}</Link>
    </>
  );
}
