/** One household's order at a stop: hand it over (all or line by line), absent, take payment. */
import { cashChange } from "@tournee/domain/pricing";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { centsFromEuros, eurosText } from "../coordinator/catalogue-input";
import { formatEuros } from "../coordinator/money";
import { useLocale } from "../i18n/use-locale";
import { IssueList } from "./issue-list";
import type { OrderView, PaymentMethod } from "./round-view";
import { driverSync } from "./sync-engine";

const METHODS: PaymentMethod[] = ["cash", "card", "voucher", "credit"];

export function OrderCard({ order, tourId, passageId }: { order: OrderView; tourId: string; passageId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [mode, setMode] = useState<"idle" | "partial" | "pay">("idle");
  const [given, setGiven] = useState<Record<string, number>>(() => Object.fromEntries(order.lines.map((l) => [l.id, l.quantity - (order.short[l.id] ?? 0)])));
  // What came of each line: everything, less what the producer did not deliver.
  const allThatCame = order.lines.filter((l) => order.short[l.id]).map((l) => ({ lineId: l.id, delivered: l.quantity - order.short[l.id]! }));
  const [method, setMethod] = useState<PaymentMethod>("cash");
  // Unknown (null) after a partial handover the server has not priced yet: the driver types what was taken.
  const left = order.dueNowCents === null ? null : Math.max(0, order.dueNowCents - order.paidNowCents);
  const [amount, setAmount] = useState("");
  const [tendered, setTendered] = useState("");
  const ids = { tourId, passageId, orderId: order.id };
  const amountCents = amount ? centsFromEuros(amount) : left;
  const tenderedCents = method === "cash" && tendered ? centsFromEuros(tendered) : undefined;
  const unreadable = (amount !== "" && amountCents === null) || tenderedCents === null;
  const change = amountCents !== null && tenderedCents != null ? cashChange(amountCents, tenderedCents) : null;

  const record = (kind: Parameters<typeof driverSync.record>[0], payload: Record<string, unknown>) => void driverSync.record(kind, { ...ids, ...payload }).then(() => setMode("idle"));

  return (
    <article className="order" aria-label={order.household.name}>
      <h4>{order.household.name}</h4>
      {order.carriedFor && (
        <p className="order__partner" data-testid="carried-for">
          {t("driver.order.carriedFor", { organisation: order.carriedFor })}
        </p>
      )}
      {order.household.accessNotes && <p className="order__notes">{order.household.accessNotes}</p>}
      <ul className="order__lines">
        {order.lines.map((l) => (
          <li key={l.id}>
            {mode === "partial" ? (
              <label>
                {l.productName} ({l.quantity})
                <input type="number" min={0} max={l.quantity} value={given[l.id]} onChange={(e) => setGiven({ ...given, [l.id]: Math.min(l.quantity, Math.max(0, Number(e.target.value))) })} />
              </label>
            ) : (
              `${order.delivered[l.id] ?? l.quantity - (order.short[l.id] ?? 0)} / ${l.quantity} × ${l.productName}`
            )}
            {order.short[l.id] ? <p className="order__short">{t("driver.order.short", { count: order.short[l.id] })}</p> : null}
          </li>
        ))}
      </ul>
      <p>
        {order.dueNowCents === null ? t("driver.order.dueLater", { amount: formatEuros(order.dueCents, locale) }) : t("driver.order.due", { amount: formatEuros(order.dueNowCents, locale) })}
        {order.paidNowCents > 0 && ` · ${t("driver.order.paid", { amount: formatEuros(order.paidNowCents, locale) })}`}
      </p>
      {order.cancelled && (
        <p className="order__cancelled" data-testid="order-cancelled">
          {order.outcome ? t("driver.order.cancelledAfter") : t("driver.order.cancelled")}
        </p>
      )}
      <IssueList issues={order.issues} />
      {order.outcome ? (
        <p className="order__outcome" data-outcome={order.outcome}>
          {t(`driver.order.outcome.${order.outcome}`)}
        </p>
      ) : order.cancelled ? null : mode === "partial" ? (
        <div className="driver__actions">
          <button type="button" className="big" onClick={() => record("order.handed_over", { lines: order.lines.map((l) => ({ lineId: l.id, delivered: given[l.id] ?? l.quantity })) })}>
            {t("driver.order.confirmPartial")}
          </button>
          <button type="button" className="big secondary" onClick={() => setMode("idle")}>
            {t("driver.cancel")}
          </button>
        </div>
      ) : (
        <div className="driver__actions">
          <button type="button" className="big" onClick={() => record("order.handed_over", { lines: allThatCame })}>
            {allThatCame.length ? t("driver.order.handAllThatCame") : t("driver.order.handAll")}
          </button>
          <button type="button" className="big secondary" onClick={() => setMode("partial")}>
            {t("driver.order.handPartial")}
          </button>
          <button type="button" className="big secondary" onClick={() => record("order.absent", {})}>
            {t("driver.order.absent")}
          </button>
        </div>
      )}
      {order.outcome && order.outcome !== "absent" && (left === null || left > 0) && mode !== "pay" && (
        <button type="button" className="big" onClick={() => setMode("pay")}>
          {left === null ? t("driver.pay.buttonAmountLater") : t("driver.pay.button", { amount: formatEuros(left, locale) })}
        </button>
      )}
      {mode === "pay" && (
        <form
          className="pay"
          onSubmit={(e) => {
            e.preventDefault();
            if (unreadable || amountCents === null || (change && !change.ok)) return;
            record("payment.taken", { method, amountCents, ...(tenderedCents !== undefined ? { tenderedCents } : {}) });
          }}
        >
          <fieldset>
            <legend>{t("driver.pay.method")}</legend>
            {METHODS.map((m) => (
              <label key={m} className="big-choice">
                <input type="radio" name={`method-${order.id}`} checked={method === m} onChange={() => setMethod(m)} /> {t(`driver.pay.methods.${m}`)}
              </label>
            ))}
          </fieldset>
          <label>
            {t("driver.pay.amount")}
            <input inputMode="decimal" value={amount} placeholder={left === null ? "" : eurosText(left, locale)} required={left === null} aria-describedby={left === null ? `type-amount-${order.id}` : undefined} onChange={(e) => setAmount(e.target.value)} />
          </label>
          {left === null && <p id={`type-amount-${order.id}`}>{t("driver.pay.typeAmount")}</p>}
          {method === "cash" && (
            <label>
              {t("driver.pay.tendered")}
              <input inputMode="decimal" value={tendered} onChange={(e) => setTendered(e.target.value)} />
            </label>
          )}
          {unreadable && <p role="alert" className="alert alert--error">{t("driver.pay.unreadable")}</p>}
          {change && <p data-testid="change">{change.ok ? t("driver.pay.change", { amount: formatEuros(change.changeCents, locale) }) : t("driver.pay.short", { amount: formatEuros(change.missingCents, locale) })}</p>}
          <button type="submit" className="big">
            {t("driver.pay.save")}
          </button>
        </form>
      )}
    </article>
  );
}
