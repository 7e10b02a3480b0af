import type { LeftOutCause, LeftOutStop, Locale } from "@tournee/domain";
import type { TFunction } from "../i18n/translator";
import { useTranslation } from "../i18n/use-translation";
import { INTL_LOCALE } from "../i18n/locale";
import { useLocale } from "../i18n/use-locale";

/** The words of one cause: what breaks (which compartment, whose time, which limit), and on which vehicles. */
export function causeText(t: TFunction, cause: LeftOutCause, locale: Locale): string {
  const base = `coordinator.planning.cause.${cause.kind}`;
  const key =
    cause.kind === "capacity" ? `${base}.${cause.compartment ? (cause.alone ? "tooSmall" : "full") : "noRoom"}`
    : cause.kind === "time_window" ? `${base}.${cause.alone ? "alone" : cause.otherStop ? "other" : "full"}`
    : ["working_hours", "max_working_time", "max_travel_time"].includes(cause.kind) ? `${base}.${cause.alone ? "alone" : "full"}`
    : base;
  const what = t(key, { compartment: cause.compartment ? t(`coordinator.compartments.${cause.compartment}`) : "", stop: cause.otherStop ?? "" });
  const text = cause.bread ? t("coordinator.planning.cause.bread", { cause: what }) : cause.farm ? t("coordinator.planning.cause.farm", { cause: what }) : what;
  if (!cause.vehicles.length) return text;
  const vehicles = new Intl.ListFormat(INTL_LOCALE[locale], { type: "conjunction" }).format(cause.vehicles);
  return t("coordinator.planning.cause.on", { cause: text, vehicles });
}

/**
 * Stops left out of the plan (or, before a first run, that will not be planned), each with its
 * reasons in words: every cause the optimiser found when it kept them, else the kind of reason.
 */
export function LeftOutStops({ stops, planned = true }: { stops: readonly LeftOutStop[]; planned?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!stops.length) return null;
  return (
    <section aria-labelledby="left-out-title" className="panel">
      <h3 id="left-out-title">{t(planned ? "coordinator.planning.leftOutTitle" : "coordinator.planning.notToPlanTitle", { count: stops.length })}</h3>
      <ul className="plain-list">
        {stops.map((s) => (
          <li key={s.passageId}>
            <strong>{`${s.stop.name}, ${s.stop.city}`}</strong>
            {s.stop.kind === "home_drop" && ` (${t("coordinator.planning.homeDrop")})`}
            {s.causes.length > 0 ? (
              <ul className="left-out__causes" aria-label={t("coordinator.planning.causesOf", { stop: s.stop.name })}>
                {s.causes.map((c, i) => <li key={i}>{causeText(t, c, locale)}</li>)}
              </ul>
            ) : (
              <>
                {" — "}
                {t(`coordinator.planning.reason.${s.reason}`)}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
