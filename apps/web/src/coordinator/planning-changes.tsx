import type { LeftOutStop, PlanChanges } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { causeText } from "./planning-left-out";

const SHOWN = 8;

/**
 * What publishing a new plan of a published day would change for drivers and residents, and the
 * coordinator's choice: publish it (rounds get a new version, phones download it) or keep the
 * published plan. Until then drivers and residents keep the published one.
 */
export function PlanChangesPanel({ changes, leftOut = [], breakdown, busy, onPublish, onKeep }: {
  changes: PlanChanges;
  /** The new plan's stops left out: a stop that would leave its round says why. */
  leftOut?: readonly LeftOutStop[];
  /** Set for a re-plan after a breakdown: every stop that moves is listed, with its new time, or why it could not be placed. */
  breakdown?: { vehicle: string; from: string; leftOut: readonly LeftOutStop[] } | undefined;
  busy: boolean;
  onPublish(): void;
  onKeep(): void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const time = (iso: string) => formatTime(new Date(iso), locale);
  const nothing = !changes.moved.length && !changes.retimed.length && !changes.dropped.length && !changes.added.length && !changes.removedRounds.length;
  const more = (n: number) => n > SHOWN && <li>{t("coordinator.planning.changes.more", { count: n - SHOWN })}</li>;
  return (
    <section aria-labelledby="changes-title" className="panel panel--attention">
      <h3 id="changes-title">{breakdown ? t("coordinator.planning.changes.afterBreakdown", { vehicle: breakdown.vehicle, time: breakdown.from }) : t("coordinator.planning.changes.title")}</h3>
      <p>{t("coordinator.planning.changes.live")}</p>
      {nothing && <p>{t("coordinator.planning.changes.nothing")}</p>}
      {changes.brokenHalts.length > 0 && (
        <div className="alert alert--error">
          <h4>{t("coordinator.planning.changes.broken", { count: changes.brokenHalts.length, minutes: changes.toleranceMinutes })}</h4>
          <ul className="plain-list">
            {changes.brokenHalts.map((h) => (
              <li key={h.passageId}>
                {h.planned
                  ? t("coordinator.planning.changes.brokenMoved", { stop: h.stopName, before: time(h.published), after: time(h.planned) })
                  : t("coordinator.planning.changes.brokenDropped", { stop: h.stopName, before: time(h.published) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {changes.removedRounds.length > 0 && (
        <p>{t("coordinator.planning.changes.removedRounds", { rounds: changes.removedRounds.map((r) => (r.driver ? `${r.vehicle} (${r.driver})` : r.vehicle)).join(", ") })}</p>
      )}
      {changes.moved.length > 0 && (
        <>
          <h4>{t("coordinator.planning.changes.moved", { count: changes.moved.length })}</h4>
          <ul className="plain-list">
            {/* A stop no round would serve any more is the first thing to read. */}
            {[...changes.moved].sort((a, b) => Number(Boolean(a.to)) - Number(Boolean(b.to))).slice(0, breakdown ? undefined : SHOWN).map((m) => (
              <li key={m.passageId}>
                {t(m.to && m.at ? "coordinator.planning.changes.movedStopAt" : "coordinator.planning.changes.movedStop", {
                  stop: m.stopName, from: m.from ?? t("coordinator.planning.changes.noRound"), to: m.to ?? t("coordinator.planning.changes.leftOut"), time: m.at ? time(m.at) : "",
                })}
                {!m.to && <WhyLeftOut stop={(breakdown?.leftOut ?? leftOut).find((l) => l.passageId === m.passageId)} />}
              </li>
            ))}
            {!breakdown && more(changes.moved.length)}
          </ul>
        </>
      )}
      {changes.retimed.length > 0 && (
        <>
          <h4>{t("coordinator.planning.changes.retimed", { count: changes.retimed.length })}</h4>
          <ul className="plain-list">
            {changes.retimed.slice(0, SHOWN).map((r) => (
              <li key={r.passageId}>{t("coordinator.planning.changes.retimedStop", { stop: r.stopName, before: time(r.before), after: time(r.after) })}</li>
            ))}
            {more(changes.retimed.length)}
          </ul>
        </>
      )}
      {changes.dropped.length > 0 && <p>{t("coordinator.planning.changes.dropped", { stops: changes.dropped.map((d) => d.stopName).join(", ") })}</p>}
      {changes.added.length > 0 && <p>{t("coordinator.planning.changes.added", { stops: changes.added.map((d) => d.stopName).join(", ") })}</p>}
      <div className="actions">
        {/* Publishing a plan that changes nothing would only make every phone download the round again. */}
        {!nothing && (
          <button type="button" className="button button--primary" disabled={busy} onClick={onPublish}>
            {t("coordinator.planning.changes.publish")}
          </button>
        )}
        <button type="button" className={nothing ? "button button--primary" : "button"} disabled={busy} onClick={onKeep}>
          {t(nothing ? "coordinator.planning.changes.close" : "coordinator.planning.changes.keep")}
        </button>
      </div>
    </section>
  );
}

/** Why a stop could not be placed, each distinct cause once. */
function WhyLeftOut({ stop }: { stop: LeftOutStop | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!stop) return null;
  const causes = [...new Set(stop.causes.map((c) => causeText(t, c, locale)))];
  return (
    <ul className="left-out__causes" aria-label={t("coordinator.planning.causesOf", { stop: stop.stop.name })}>
      {causes.length ? causes.map((c) => <li key={c}>{c}</li>) : <li>{t(`coordinator.planning.reason.${stop.reason}`)}</li>}
    </ul>
  );
}
