import type { HorizonDay, HorizonResult } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { causeText } from "./planning-left-out";
import { PlanningWarnings } from "./planning-warnings";
import { dayLabel } from "./week-dates";

/**
 * The weeks as they would be planned: per week and day each round, the published times that would
 * move (each one, in words), the stops left out with their reasons and the households served at
 * home at their rhythm; then the coordinator publishes every day or keeps the rounds as they are.
 */
export function WeeksResult({ result, tolerance, busy, onPublish, onKeep }: { result: HorizonResult; tolerance: number; busy: boolean; onPublish(): void; onKeep(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const time = (iso: string) => formatTime(new Date(iso), locale);
  const weeks = [...new Set(result.days.map((d) => d.week))];
  const planned = result.days.filter((d) => d.status === "planned");
  const leftOut = planned.reduce((n, d) => n + d.leftOut.length, 0);
  const list = (dates: readonly string[]) => new Intl.ListFormat(locale === "en" ? "en-GB" : "fr-FR").format(dates.map((d) => dayLabel(d, locale)));
  return (
    <div className="panel panel--attention weeks-result">
      <h3>{t("coordinator.weeks.resultTitle", { from: dayLabel(result.from, locale), to: dayLabel(result.to, locale) })}</h3>
      <p>{t("coordinator.weeks.live")}</p>
      <p>
        {t("coordinator.weeks.summary", { count: planned.length })} {t("coordinator.weeks.onTime", { count: result.haltsOnTime })}{" "}
        {t("coordinator.weeks.movesCount", { count: result.moves.length })} {t("coordinator.weeks.leftOutCount", { count: leftOut })}
      </p>
      {result.provider !== "osrm" && <p className="field__hint">{t("coordinator.weeks.estimate")}</p>}
      {/* How the road times were had is said just above. */}
      <PlanningWarnings warnings={result.warnings.filter((w) => w.code !== "routing_estimated" && w.code !== "routing_fallback")} weeks />

      <h4>{t("coordinator.weeks.movesTitle", { count: result.moves.length, minutes: tolerance })}</h4>
      {result.moves.length === 0 ? (
        <p>{t("coordinator.weeks.noMove")}</p>
      ) : (
        <ul className="plain-list" aria-label={t("coordinator.weeks.movesList")}>
          {result.moves.map((m) => (
            <li key={m.passageId}>{t("coordinator.weeks.move", { day: dayLabel(m.date, locale), stop: m.stopName, before: time(m.published), after: time(m.planned), count: m.minutes })}</li>
          ))}
        </ul>
      )}

      {weeks.map((week) => (
        <section key={week} aria-labelledby={`weeks-${week}`}>
          <h4 id={`weeks-${week}`}>{t("coordinator.weeks.week", { number: week + 1 })}</h4>
          {result.days.filter((d) => d.week === week).map((d) => <Day key={d.date} day={d} />)}
        </section>
      ))}

      {result.homeDrops.length > 0 && (
        <>
          <h4>{t("coordinator.weeks.rhythmsTitle")}</h4>
          <ul className="plain-list">
            {result.homeDrops.map((h) => (
              <li key={h.household.id}>
                {t("coordinator.weeks.rhythm", {
                  household: h.household.name, rhythm: t(`coordinator.households.homeDrops.frequencies.${h.frequency}`).toLowerCase(),
                  dates: h.dates.length ? list(h.dates) : t("coordinator.weeks.noDate"),
                })}
                {h.orderDates.length > 0 && ` ${t("coordinator.weeks.ordered", { dates: list(h.orderDates) })}`}
                {h.drivers.length > 0 && ` ${t("coordinator.weeks.drivenBy", { drivers: h.drivers.join(", "), count: h.drivers.length })}`}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="actions">
        <button type="button" className="button button--primary" disabled={busy || planned.length === 0} onClick={onPublish}>{t("coordinator.weeks.publish")}</button>
        <button type="button" className="button" disabled={busy} onClick={onKeep}>{t("coordinator.weeks.keep")}</button>
      </div>
    </div>
  );
}

function Day({ day }: { day: HorizonDay }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const time = (iso: string | null) => (iso ? formatTime(new Date(iso), locale) : "—");
  return (
    <div className="weeks-result__day">
      <h5>{dayLabel(day.date, locale)}{day.published && ` — ${t("coordinator.weeks.republished")}`}</h5>
      {day.status !== "planned" && <p>{t(`coordinator.weeks.status.${day.status}`)}</p>}
      <ul className="plain-list">
        {day.rounds.map((r) => (
          <li key={r.vehicle.id}>
            {t("coordinator.weeks.round", {
              vehicle: r.vehicle.name, driver: r.driver?.displayName ?? t("coordinator.weeks.noDriver"), halts: t("coordinator.weeks.halts", { count: r.halts }),
              homeDrops: t("coordinator.weeks.homeDrops", { count: r.homeDrops }), from: time(r.departure), to: time(r.return), km: Math.round(r.distanceM / 1000),
            })}
          </li>
        ))}
      </ul>
      {day.leftOut.length > 0 && (
        <>
          <p>{t("coordinator.weeks.leftOutTitle", { count: day.leftOut.length })}</p>
          <ul className="plain-list">
            {day.leftOut.map((s) => (
              <li key={s.passageId}>
                <strong>{`${s.stop.name}, ${s.stop.city}`}</strong>
                {s.stop.kind === "home_drop" && ` (${t("coordinator.planning.homeDrop")})`}
                {" — "}
                {s.causes.length ? [...new Set(s.causes.map((c) => causeText(t, c, locale)))].join(" ; ") : t(`coordinator.planning.reason.${s.reason}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
