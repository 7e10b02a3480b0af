import { useTranslation } from "../../i18n/use-translation";
import { useLocale } from "../../i18n/use-locale";
import { LoadState } from "../load-state";
import { formatEuros } from "../money";
import { useLoad } from "../use-load";
import { deskApi } from "./desk-api";
import { dateLabel } from "./desk-text";
import { ShortfallNotice } from "../../ordering/shortfall-notice";

/** What a household ordered, whether it was there, what it paid and what it still owes. */
export function HouseholdHistory({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [load, retry] = useLoad(() => deskApi.history(householdId), [householdId]);
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">{t("coordinator.history.title")}</h2>
      <LoadState load={load} retry={retry}>
        {({ orders, payments, attended, missed, balanceCents }) => (
          <>
            <p>{t("coordinator.history.visits", { attended, missed })}</p>
            <p className={balanceCents > 0 ? "alert alert--info" : undefined}>
              {balanceCents > 0 ? t("coordinator.history.owes", { amount: formatEuros(balanceCents, locale) }) : t("coordinator.history.upToDate")}
            </p>
            {orders.length === 0 ? (
              <p>{t("coordinator.history.noOrder")}</p>
            ) : (
              <table className="table">
                <caption>{t("coordinator.history.ordersCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("coordinator.history.date")}</th>
                    <th scope="col">{t("coordinator.history.order")}</th>
                    <th scope="col">{t("coordinator.history.visit")}</th>
                    <th scope="col">{t("coordinator.history.due")}</th>
                    <th scope="col">{t("coordinator.history.paid")}</th>
                  </tr>
                </thead>
                <tbody>
                  {orders.map((o) => (
                    <tr key={o.orderId}>
                      <th scope="row">
                        {dateLabel(o.date, locale)}
                        <br />
                        <small>{o.stop.kind === "home_drop" ? t("coordinator.history.atHome") : o.stop.name}</small>
                      </th>
                      <td>
                        {t("coordinator.history.lines", { count: o.lineCount, total: formatEuros(o.totalCents, locale), channel: t(`coordinator.history.channels.${o.channel}`) })}
                        {o.lateReason && (
                          <>
                            <br />
                            <small>{t("coordinator.history.late", { reason: o.lateReason })}</small>
                          </>
                        )}
                        <ShortfallNotice lines={o.shortLines} t={t} staff />
                      </td>
                      <td>{t(`coordinator.history.visitStates.${o.visit}`)}</td>
                      <td className="n">{o.visit === "attended" || o.visit === "partly" ? formatEuros(o.dueCents, locale) : "—"}</td>
                      <td className="n">{o.paidCents ? formatEuros(o.paidCents, locale) : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {payments.length > 0 && (
              <>
                <h3>{t("coordinator.history.payments")}</h3>
                <ul className="plain-list">
                  {payments.map((p, i) => (
                    <li key={i}>{t("coordinator.history.payment", { date: dateLabel(p.date, locale), amount: formatEuros(p.amountCents, locale), method: t(`coordinator.history.methods.${p.method}`) })}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </LoadState>
    </section>
  );
}
