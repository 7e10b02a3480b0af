/** A multi-trip round's return to the depot: when, what to load for the next trip, product by product. */
import type { RoundReload } from "@tournee/sync";
import { useTranslation } from "../i18n/use-translation";
import { formatTime } from "../format/date-time";
import { loadText } from "../format/load-text";
import { useLocale } from "../i18n/use-locale";
import type { tripLoading } from "./round-view";

export function ReloadCard({ reload, loading }: { reload: RoundReload; loading: ReturnType<typeof tripLoading> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = `reload-${reload.trip}`;
  return (
    <li className="stop stop--pickup" data-testid="reload">
      <section aria-labelledby={id}>
        <h3 id={id}>
          ↺ {t("reload.at", { site: reload.siteName })} <span className="stop__eta">{t("driver.stop.eta", { time: formatTime(new Date(reload.plannedArrival), locale) })}</span>
        </h3>
        <p className="stop__load">{t("reload.load", { what: loadText(t, reload.load, locale) })} {t("reload.forTrip", { trip: reload.trip })}</p>
        {loading.length > 0 && (
          <>
            <p>{t("reload.toLoad", { trip: reload.trip })}</p>
            <ul className="stop__list">
              {loading.map((p) => (
                <li key={`${p.compartment}|${p.productName}|${p.unit}`}>{t("driver.pickup.product", { count: p.quantity, name: p.productName, unit: p.unit })}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    </li>
  );
}
