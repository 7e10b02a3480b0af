import { Link } from "react-router";
import { useTranslation } from "../i18n/use-translation";
import { formatEuros } from "../coordinator/money";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { formatDate, formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { pooledRoundsApi } from "./pooled-rounds-api";

/**
 * On a partner's household page: its coming passages on the carriers' rounds (the parcels placed
 * for it, and its usual halt's passages), with the date, the place, the time and who carries.
 */
export function HouseholdSharedPassages({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [load, retry] = useLoad(() => pooledRoundsApi.householdPassages(householdId), [householdId]);
  return (
    <section className="panel" aria-labelledby="shared-passages">
      <h2 id="shared-passages">{t("pooled.household.title")}</h2>
      <LoadState load={load} retry={retry}>
        {(passages) =>
          passages.length === 0 ? (
            <p>
              {t("pooled.household.none")} <Link to="/partenaires/tournees">{t("pooled.household.toRounds")}</Link>
            </p>
          ) : (
            <ul className="plain-list">
              {passages.map((p) => {
                const at = p.time
                  ? t("pooled.household.at", { time: formatTime(new Date(p.time), locale) })
                  : t("pooled.household.window", { from: formatTime(new Date(p.windowStart), locale), to: formatTime(new Date(p.windowEnd), locale) });
                const place = p.homeDrop ? t("pooled.household.atHome") : p.stopName.includes(p.city) ? p.stopName : `${p.stopName}, ${p.city}`;
                return (
                  <li key={p.passageId}>
                    <strong>{formatDate(new Date(p.windowStart), locale)}</strong>, {at} — {place}
                    <br />
                    {t(p.round ? "pooled.household.carriedOn" : "pooled.household.carriedBy", { round: p.round, carrier: p.carrier })}{" "}
                    {p.parcel
                      ? t("pooled.household.parcel", {
                          lines: p.parcel.lines.map((l) => t("pooled.deliveries.line", { product: l.productName, quantity: l.quantity })).join(", "),
                          amount: p.parcel.totalCents ? formatEuros(p.parcel.totalCents, locale) : t("pooled.deliveries.free"),
                        })
                      : <Link to={`/partenaires/tournees/${p.partnershipId}`}>{t("pooled.household.noParcel")}</Link>}
                  </li>
                );
              })}
            </ul>
          )
        }
      </LoadState>
    </section>
  );
}
