import { useTranslation } from "../../i18n/use-translation";
import { Link } from "react-router";
import { useLocale } from "../../i18n/use-locale";
import { LoadState } from "../load-state";
import { formatEuros } from "../money";
import { useLoad } from "../use-load";
import { deskApi, slipUrls } from "./desk-api";
import { cutoffLabel, passageLabel } from "./desk-text";

/** A household's coming passages on its page: its order for each, or the way to take one; and its paper slip. */
export function HouseholdOrders({ householdId, name }: { householdId: string; name: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [load, retry] = useLoad(() => deskApi.passages(householdId), [householdId]);
  return (
    <section className="panel" aria-labelledby="coming-orders">
      <h2 id="coming-orders">{t("coordinator.desk.coming")}</h2>
      <LoadState load={load} retry={retry}>
        {(passages) =>
          passages.length === 0 ? (
            <p>{t("coordinator.desk.noComing")}</p>
          ) : (
            <>
              <ul className="plain-list">
                {passages.map((p) => {
                  const live = p.order && p.order.status !== "cancelled" ? p.order : null;
                  return (
                    <li key={p.id}>
                      <strong>{passageLabel(t, p, locale)}</strong>
                      <br />
                      {live ? t("coordinator.desk.ordered", { total: formatEuros(live.totalCents, locale) }) : t("coordinator.desk.notOrdered")}{" "}
                      {p.open ? t("coordinator.desk.openUntil", { when: cutoffLabel(t, p, locale) }) : t("coordinator.desk.closedSince", { when: cutoffLabel(t, p, locale) })}{" "}
                      <Link to={`/coordination/foyers/${householdId}/commande/${p.id}`}>{live ? t("coordinator.desk.changeOrder") : t("coordinator.desk.takeOrder")}</Link>
                    </li>
                  );
                })}
              </ul>
              <p>
                {t("coordinator.desk.slip", { name })}{" "}
                <a href={slipUrls.household(householdId, "a4")} target="_blank" rel="noreferrer">{t("coordinator.toCall.slipsA4")}</a>{" · "}
                <a href={slipUrls.household(householdId, "a5")} target="_blank" rel="noreferrer">{t("coordinator.toCall.slipsA5")}</a>
              </p>
            </>
          )
        }
      </LoadState>
    </section>
  );
}
