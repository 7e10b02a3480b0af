import type { LeftOutStop } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { INTL_LOCALE } from "../i18n/locale";
import { useLocale } from "../i18n/use-locale";

/**
 * Deliveries that came once the day's rounds were published (an order at a home, a partner's
 * parcel): no round carries them until the day is planned again, so the coordinator is told at the
 * top of the day, with the run that takes them in; once the day has begun, with whom to call.
 */
export function LateDeliveries({ stops, started, disabled, onReplan }: { stops: readonly LeftOutStop[]; started: boolean; disabled: boolean; onReplan(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const late = stops.filter((s) => s.reason === "added_after_publication");
  if (!late.length) return null;
  const names = new Intl.ListFormat(INTL_LOCALE[locale], { type: "conjunction" }).format(
    late.map((s) => `${s.stop.name}, ${s.stop.city}${s.stop.kind === "home_drop" ? ` (${t("coordinator.planning.homeDrop")})` : ""}`),
  );
  return (
    <section aria-labelledby="late-deliveries-title" className="alert alert--warning late-deliveries" data-testid="late-deliveries">
      <h3 id="late-deliveries-title">{t("coordinator.planning.lateTitle", { count: late.length })}</h3>
      <p>{t(started ? "coordinator.planning.lateStarted" : "coordinator.planning.lateBody", { stops: names, count: late.length })}</p>
      {!started && (
        <button type="button" className="button button--primary" disabled={disabled} onClick={onReplan}>
          {t("coordinator.planning.lateAction", { count: late.length })}
        </button>
      )}
    </section>
  );
}
