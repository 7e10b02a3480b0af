import type { TourDetail } from "@tournee/domain";
import { Link } from "react-router";
import { useTranslation } from "../i18n/use-translation";
import { formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { alertsApi } from "./alerts-api";
import { ShortTextForm } from "./short-text-form";

const HANDED = new Set(["delivered", "partially_delivered"]);

/** Each round's stops with what happened there so far, and a note to send to its driver per stop. */
/** `linked`: each round links to its own page (the live day); not on that page itself. */
export function RoundProgress({ tours, linked = false }: { tours: TourDetail[]; linked?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!tours.length) return <p>{t("live.noRounds")}</p>;
  return (
    <>
      {tours.map((tour) => {
        const done = tour.passages.filter((p) => p.outcome !== "pending").length;
        const driver = tour.driver?.displayName ?? t("live.noDriver");
        return (
          <section key={tour.id} className="panel" aria-labelledby={`round-${tour.id}`}>
            <h3 id={`round-${tour.id}`}>{t("live.round", { vehicle: tour.vehicle?.name ?? "—", driver, done, count: tour.passages.length })}</h3>
            {linked && <p><Link to={`/coordination/tournees/${tour.id}`}>{t("coordinator.week.openRound", { vehicle: tour.vehicle?.name ?? "" })}</Link></p>}
            {tour.delayMinutes ? <p className="alert alert--warning">{t("live.late", { minutes: tour.delayMinutes })}</p> : null}
            <ol className="live__stops">
              {tour.passages.map((p) => (
                <li key={p.id} data-outcome={p.outcome}>
                  <p>
                    <strong>{p.stop.name}</strong>, {p.stop.city} — {formatTime(new Date(p.windowStart), locale)} · {t(`live.outcome.${p.outcome}`, { defaultValue: p.outcome })}
                    {p.expectedArrival && <> · {t("live.expected", { time: formatTime(new Date(p.expectedArrival), locale) })}</>}
                    {p.handovers.length > 0 && <> · {t("live.handed", { done: p.handovers.filter((h) => HANDED.has(h.status)).length, count: p.handovers.length })}</>}
                  </p>
                  <details>
                    <summary>{t("live.noteSummary", { stop: p.stop.name })}</summary>
                    <ShortTextForm label={t("live.noteLabel", { driver })} submit={t("live.noteSend")} required onSubmit={(text) => alertsApi.noteToDriver(p.id, text)} onDone={() => undefined} />
                  </details>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}
