/**
 * One month's statement between a grocery and a producer, the same on both sides: what came on
 * each date at the agreed price, the AMAP baskets carried, the total owed; the delivery notes of
 * the month and the CSV for the accountant.
 */
import type { ProducerStatement } from "@tournee/domain";
import { Fragment } from "react";
import { useTranslation } from "../i18n/use-translation";
import { formatEuros } from "../coordinator/money";
import { formatDay } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { monthLabel } from "../partner/ledger-words";
import { ScrollingTable } from "../ui/scrolling-table";
import { supplyApi } from "./supply-api";

export function StatementCard({ statement: s, side }: { statement: ProducerStatement; side: "producer" | "buyer" }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const month = monthLabel(s.month, locale);
  const heading = `statement-${s.producer.id}-${s.buyer.id}`;
  const dates = [...new Set(s.lines.map((l) => l.date))];
  const noteDates = [...new Set(s.lines.filter((l) => l.kind === "goods").map((l) => l.date))];
  return (
    <section className="card statement" aria-labelledby={heading}>
      <h3 id={heading}>{side === "producer" ? t("supply.statement.forProducer", { buyer: s.buyer.name, month }) : t("supply.statement.forBuyer", { producer: s.producer.name, month })}</h3>
      {s.lines.length === 0 ? (
        <p>{t("supply.statement.empty", { month })}</p>
      ) : (
        <>
          <ScrollingTable caption={t("supply.statement.caption", { producer: s.producer.name, buyer: s.buyer.name, month })} hideCaption>
            <thead>
              <tr>
                <th scope="col">{t("supply.statement.product")}</th>
                <th scope="col">{t("supply.statement.received")}</th>
                <th scope="col">{t("supply.statement.amount")}</th>
              </tr>
            </thead>
            <tbody>
              {dates.map((date) => (
                <Fragment key={date}>
                  <tr className="statement__day">
                    <th scope="colgroup" colSpan={3}>{t("supply.statement.date", { day: formatDay(date, locale) })}</th>
                  </tr>
                  {s.lines.filter((l) => l.date === date).map((l) => (
                    <tr key={`${l.kind}|${l.name}`} className={l.ordered !== null && l.received < l.ordered ? "statement__short" : undefined}>
                      <th scope="row">
                        {l.name} <span className="supply__unit">{l.unit}</span>
                        <span className="statement__note">{t("supply.statement.price", { price: formatEuros(l.unitPriceCents, locale) })}</span>
                        {l.ordered !== null && l.received < l.ordered && <span className="statement__note">{l.note ? t("supply.statement.shortWhy", { count: l.ordered - l.received, note: l.note }) : t("supply.statement.short", { count: l.ordered - l.received })}</span>}
                        {!l.counted && <span className="statement__note">{t("supply.statement.notCounted")}</span>}
                      </th>
                      <td className="statement__count">{l.ordered === null ? l.received : t("supply.statement.receivedOf", { received: l.received, count: l.ordered })}</td>
                      <td className="n">{formatEuros(l.amountCents, locale)}</td>
                    </tr>
                  ))}
                </Fragment>
              ))}
            </tbody>
          </ScrollingTable>
          {s.basketsCents > 0 && <p>{t("supply.statement.goods", { amount: formatEuros(s.goodsCents, locale) })} · {t("supply.statement.baskets", { amount: formatEuros(s.basketsCents, locale) })}</p>}
        </>
      )}
      <p className="statement__total">
        <strong>{side === "producer" ? t("supply.statement.totalProducer", { buyer: s.buyer.name, amount: formatEuros(s.totalCents, locale) }) : t("supply.statement.totalBuyer", { producer: s.producer.name, amount: formatEuros(s.totalCents, locale) })}</strong>
      </p>
      <div className="actions">
        {s.lines.length > 0 && (
          <a className="button" href={supplyApi.statementCsvUrl(s.month, s.producer.id, s.buyer.id)} download>
            {t("supply.statement.csv", { month })}
          </a>
        )}
        {noteDates.map((date) => (
          <a key={date} className="button" href={supplyApi.deliveryNoteUrl(s.producer.id, s.buyer.id, date)} target="_blank" rel="noreferrer">
            {t("supply.statement.deliveryNote", { day: formatDay(date, locale) })}
          </a>
        ))}
      </div>
    </section>
  );
}
