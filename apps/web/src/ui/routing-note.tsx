import type { RoutingSource } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { depotText, timesSourceText, type TimesOrigin } from "../format/routing-text";
import { useLocale } from "../i18n/use-locale";

/**
 * Beside planned times: where they come from (road network, straight-line estimate, or both), the
 * depot's departure and return times and the kilometres; and, when the line on the map is not the
 * road, that it is drawn straight.
 */
export function RoutingNote({ tour, line }: { tour: TimesOrigin; line?: RoutingSource | null | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const parts = [timesSourceText(t, tour, locale), depotText(t, tour, locale), line === "estimate" ? t("routing.line.estimate") : undefined].filter(Boolean);
  if (!parts.length) return null;
  return (
    <p className={`routing-note${tour.routingProvider === "osrm" ? "" : " routing-note--estimated"}`} data-testid="routing-note">
      {parts.join(" ")}
    </p>
  );
}
