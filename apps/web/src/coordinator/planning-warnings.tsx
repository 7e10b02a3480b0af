import type { Locale, PlanningWarning } from "@tournee/domain";
import type { TFunction } from "../i18n/translator";
import { useTranslation } from "../i18n/use-translation";
import { Link } from "react-router";
import { formatDistance } from "../format/units";
import { useLocale } from "../i18n/use-locale";
import { weekdayName } from "../format/date-time";
import { dayLabel } from "./week-dates";

/** Where the coordinator fixes what a warning is about, when it can be fixed from the console. */
const FIX: Partial<Record<PlanningWarning["code"], { to: string; key: string }>> = {
  vehicle_without_driver: { to: "/coordination/flotte", key: "toDrivers" },
  lock_without_driver: { to: "/coordination/flotte", key: "toDrivers" },
  bread_without_bakery: { to: "/coordination/sites", key: "toSites" },
  site_closed: { to: "/coordination/sites", key: "toSiteHours" },
  unreachable_pairs: { to: "/coordination/arrets", key: "toStops" },
  stop_far_from_road: { to: "/coordination/arrets", key: "toStops" },
};

/** A warning in words: what it is about, and on which day in a plan of several weeks. */
export function warningText(t: TFunction, warning: PlanningWarning, locale: Locale): string {
  const key =
    warning.code === "routing_fallback" && warning.count !== undefined ? "routing_fallback_partial"
    : warning.code === "site_closed" ? `site_closed_${warning.site?.kind ?? "bakery"}`
    : warning.code;
  const text = t(`coordinator.planning.warning.${key}`, {
    vehicle: warning.vehicle?.name ?? "", stop: warning.stop?.name ?? "", count: warning.count ?? 0,
    site: warning.site?.name ?? "", weekday: warning.weekday ? weekdayName(warning.weekday, locale) : "",
    distance: warning.metres === undefined ? "" : formatDistance(warning.metres, locale),
  });
  return warning.date ? t("coordinator.planning.warning.onDay", { day: dayLabel(warning.date, locale), text }) : text;
}

/** What stands in the way of planning the day as it is, each with a link to where it is fixed. */
export function PlanningWarnings({ warnings, weeks = false }: { warnings: readonly PlanningWarning[]; weeks?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!warnings.length) return null;
  return (
    <section aria-labelledby="planning-warnings-title" className="alert alert--warning">
      <h3 id="planning-warnings-title">{t(weeks ? "coordinator.planning.warning.titleWeeks" : "coordinator.planning.warning.title")}</h3>
      <ul className="plain-list">
        {warnings.map((w, i) => {
          const fix = FIX[w.code];
          return (
            <li key={i}>
              {warningText(t, w, locale)}
              {fix && (
                <>
                  {" "}
                  <Link to={fix.to}>{t(`coordinator.planning.warning.${fix.key}`)}</Link>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
