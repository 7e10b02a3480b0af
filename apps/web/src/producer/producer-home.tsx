import "../resident/resident.css";
import "./producer.css";
import type { SupplyDate } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import { describeError } from "../coordinator/describe-error";
import { LoadState } from "../coordinator/load-state";
import { formatEuros } from "../coordinator/money";
import { useLoad } from "../coordinator/use-load";
import { formatDate, formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { FormAlert } from "../ui/form-alert";
import { producerApi } from "./producer-api";
import { ProducerBaskets } from "../amap/producer-baskets";
import "../supply/supply.css";
import { MonthBar, openingMonth } from "../supply/month-bar";
import { StatementsSection } from "../supply/statements-section";

/** A delivery date ("2026-12-08") as the day it is in France. */
const dayOf = (date: string) => new Date(`${date}T12:00:00Z`);

/** The producer's coming deliveries, one card per date: demand so far, what the farm can supply, the purchase order. */
export function ProducerHome() {
  const { t } = useTranslation();
  usePageTitle(t("producer.home.title"));
  const [load, retry] = useLoad(() => producerApi.week(), []);
  return (
    <>
      <h1>{t("producer.home.title")}</h1>
      <LoadState load={load} retry={retry}>
        {(week) => (
          <>
            <p className="lead">{t("producer.home.intro", { name: week.producer.name })}</p>
            {week.dates.length === 0 && <p>{t("producer.home.none")}</p>}
            <ul className="passages">
              {week.dates.map((d) => (
                <DateCard key={`${d.buyerId}|${d.date}`} producerId={week.producer.id} day={d} reload={retry} />
              ))}
            </ul>
          </>
        )}
      </LoadState>
      <ProducerBaskets />
      <ProducerStatements />
    </>
  );
}

/** What each grocery owes the farm, month by month: the statement both sides read. */
function ProducerStatements() {
  const { t } = useTranslation();
  const [opening, retry] = useLoad(openingMonth, []);
  return (
    <section aria-labelledby="producer-statements">
      <h2 id="producer-statements">{t("supply.producer.title")}</h2>
      <p>{t("supply.producer.intro")}</p>
      <LoadState load={opening} retry={retry}>
        {(month) => <MonthStatements opening={month} />}
      </LoadState>
    </section>
  );
}

function MonthStatements({ opening }: { opening: string }) {
  const [month, setMonth] = useState(opening);
  return (
    <>
      <MonthBar month={month} onChange={setMonth} />
      <StatementsSection month={month} side="producer" />
    </>
  );
}

function DateCard({ producerId, day, reload }: { producerId: string; day: SupplyDate; reload(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [quantities, setQuantities] = useState(() => new Map(day.lines.map((l) => [l.offerId, l.declared === null ? "" : String(l.declared)])));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const cutoff = new Date(day.cutoffAt);
  const heading = `card-${day.buyerId}-${day.date}`;
  const toDeclare = day.lines.some((l) => l.declared === null);

  async function save() {
    const lines = day.lines.map((l) => ({ offerId: l.offerId, quantity: Number(quantities.get(l.offerId) || 0) }));
    const short = day.lines.find((l, i) => lines[i]!.quantity < l.ordered);
    if (short) return setError(t("producer.errors.belowOrdered", { name: short.name, count: short.ordered }));
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      await producerApi.declare(day.buyerId, day.date, lines);
      setSaved(true);
      reload();
    } catch (e) {
      const code = isApiError(e) ? e.problem?.code : undefined;
      setError(code === "orders_closed" || code === "supply_below_ordered" ? t(`producer.errors.${code}`) : describeError(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="card supply" aria-labelledby={heading}>
      <h2 id={heading}>{t("producer.date.title", { day: formatDate(dayOf(day.date), locale) })}</h2>
      <p>{t("producer.date.for", { buyer: day.buyerName, rounds: day.rounds.map((r) => t("producer.date.round", { name: r.name, count: r.stops })).join(", ") })}</p>
      <p className={day.closed ? "alert alert--info" : "cutoff"}>
        {day.closed
          ? t("producer.date.closed")
          : t("producer.date.open", { day: formatDate(cutoff, locale), time: formatTime(cutoff, locale) })}
      </p>
      {day.drop ? (
        <p>{t("producer.date.drop", { site: day.drop.siteName, address: day.drop.addressLine, time: day.drop.byTime })}</p>
      ) : day.collections.length ? (
        day.collections.map((c) => (
          <p key={c.at}>{t(c.vehicle ? "producer.date.pickupAtBy" : "producer.date.pickupAt", { time: formatTime(new Date(c.at), locale), vehicle: c.vehicle })}</p>
        ))
      ) : (
        <p>{t("producer.date.pickup")}</p>
      )}
      {day.sent.map((s) => (
        <p key={`${s.at}|${s.to}`} className="alert alert--info">{t("producer.date.sent", { day: formatDate(new Date(s.at), locale), time: formatTime(new Date(s.at), locale), to: s.to })}</p>
      ))}
      {toDeclare && !day.closed && <p className="alert alert--info">{t("producer.date.toDeclare")}</p>}
      <table className="supply__table">
        <caption className="visually-hidden">{t("producer.date.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("producer.date.product")}</th>
            <th scope="col">{t("producer.date.ordered")}</th>
            <th scope="col">{t("producer.date.canSupply")}</th>
          </tr>
        </thead>
        <tbody>
          {day.lines.map((l) => (
            <tr key={l.offerId}>
              <th scope="row">
                {l.name}
                <span className="supply__unit">{l.unit}</span>
              </th>
              <td className="supply__n">{l.ordered}</td>
              <td>
                {day.closed ? (
                  <span className="supply__n">{l.declared ?? "—"}</span>
                ) : (
                  <input
                    className="supply__input" type="number" inputMode="numeric" min={l.ordered} max={100000} step={1}
                    aria-label={t("producer.date.canSupplyOf", { name: l.name, unit: l.unit })}
                    value={quantities.get(l.offerId) ?? ""}
                    onChange={(e) => {
                      setSaved(false);
                      setQuantities((q) => new Map(q).set(l.offerId, e.target.value));
                    }}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {day.orderedValueCents > 0 && <p>{t("producer.date.value", { amount: formatEuros(day.orderedValueCents, locale) })}</p>}
      <FormAlert message={error} />
      {saved && <p className="alert alert--info" role="status">{t("producer.date.saved")}</p>}
      <div className="actions">
        {!day.closed && (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void save()}>
            {t("producer.date.save")}
          </button>
        )}
        <a className="button" href={producerApi.purchaseOrderUrl(producerId, day.buyerId, day.date)} target="_blank" rel="noreferrer">
          {day.closed ? t("producer.date.purchaseOrder") : t("producer.date.provisionalOrder")}
        </a>
      </div>
    </li>
  );
}
