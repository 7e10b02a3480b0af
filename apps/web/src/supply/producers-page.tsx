/**
 * The coordinators' short circuits: what the drivers received at the farms this month against the
 * purchase orders, the households a shortfall leaves short (to call before the truck comes), and
 * what the grocery owes each producer.
 */
import "../coordinator/console.css";
import "../producer/producer.css";
import "./supply.css";
import type { FarmReceipt } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { formatDay, formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { monthLabel } from "../partner/ledger-words";
import { MonthBar, openingMonth } from "./month-bar";
import { ReceiptCorrection } from "./receipt-correction";
import { StatementsSection } from "./statements-section";
import { ShortOrders } from "./short-orders";
import { supplyApi } from "./supply-api";

export function ProducersPage() {
  const { t } = useTranslation();
  usePageTitle(t("supply.producers.title"));
  const [opening, retry] = useLoad(openingMonth, []);
  return (
    <>
      <h1>{t("supply.producers.title")}</h1>
      <p className="lead">{t("supply.producers.intro")}</p>
      <LoadState load={opening} retry={retry}>
        {(month) => <ProducersMonth opening={month} />}
      </LoadState>
    </>
  );
}

function ProducersMonth({ opening }: { opening: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [month, setMonth] = useState(opening);
  // A corrected receipt changes what is owed: the statements are read again.
  const [corrections, setCorrections] = useState(0);
  const [load, retry] = useLoad(() => supplyApi.receipts(month), [month, corrections], { of: month });
  const corrected = () => setCorrections((n) => n + 1);
  return (
    <>
      <MonthBar month={month} onChange={setMonth} />
      <section aria-labelledby="receipts-heading">
        <h2 id="receipts-heading">{t("supply.receipts.title", { month: monthLabel(month, locale) })}</h2>
        <LoadState load={load} retry={retry}>
          {({ receipts }) =>
            receipts.length ? (
              <ul className="receipts">
                {receipts.map((r) => <ReceiptCard key={`${r.date}|${r.tourId}|${r.producerId}`} receipt={r} onCorrected={corrected} />)}
              </ul>
            ) : (
              <p>{t("supply.receipts.none", { month: monthLabel(month, locale) })}</p>
            )
          }
        </LoadState>
      </section>
      <section aria-labelledby="statements-heading">
        <h2 id="statements-heading">{t("supply.producers.owed", { month: monthLabel(month, locale) })}</h2>
        <StatementsSection key={corrections} month={month} side="buyer" />
      </section>
    </>
  );
}

function ReceiptCard({ receipt: r, onCorrected }: { receipt: FarmReceipt; onCorrected: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const heading = `receipt-${r.date}-${r.tourId ?? ""}-${r.producerId}`;
  const short = r.lines.filter((l) => l.received < l.expected);
  const at = new Date(r.recordedAt);
  return (
    <li className="card receipt-card" aria-labelledby={heading}>
      <h3 id={heading}>{t("supply.receipts.heading", { producer: r.producerName, day: formatDay(r.date, locale) })}</h3>
      <p>{t(r.tourId ? (r.recordedBy ? "supply.receipts.countedBy" : "supply.receipts.counted") : r.recordedBy ? "supply.receipts.atWarehouseBy" : "supply.receipts.atWarehouse", { vehicle: r.vehicleName ?? "—", who: r.recordedBy, time: formatTime(at, locale) })}</p>
      <p className={short.length ? "alert alert--error" : "alert alert--info"}>{short.length ? t("supply.receipts.short", { count: short.length }) : t("supply.receipts.complete")}</p>
      <ul className="stop__list">
        {r.lines.map((l) => (
          <li key={l.productName}>
            {t("supply.receipts.line", { name: l.productName, unit: l.unit, received: l.received, count: l.expected })}
            {l.note && ` — ${l.note}`}
            {" "}
            <ReceiptCorrection line={l} onCorrected={onCorrected} />
          </li>
        ))}
      </ul>
      <ShortOrders orders={r.shortOrders} />
      <div className="actions">
        <a className="button" href={supplyApi.deliveryNoteUrl(r.producerId, r.buyerId, r.date)} target="_blank" rel="noreferrer">{t("supply.receipts.deliveryNote")}</a>
      </div>
    </li>
  );
}
