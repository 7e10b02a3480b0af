/** The receiving checklist at a farm: the driver counts what came against the purchase order, offline. */
import type { RoundPickup } from "@tournee/sync";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import type { JournalEntry } from "./driver-db";
import { farmReceipt } from "./farm-receipt";
import { driverSync } from "./sync-engine";

export function FarmReceiptForm({ pickup, tourId, journal }: { pickup: RoundPickup; tourId: string; journal: readonly JournalEntry[] }) {
  const { t } = useTranslation();
  const recorded = farmReceipt(pickup, journal);
  const [editing, setEditing] = useState(false);
  const products = pickup.products.filter((p) => p.productId);
  const [counts, setCounts] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  if (!pickup.siteId || !products.length) return null;
  const id = `receipt-${pickup.sequence}`;

  if (recorded && !editing) {
    const short = recorded.filter((l) => l.received < l.expected);
    return (
      <div className="receipt" data-testid="farm-receipt">
        <p className="order__outcome" data-outcome={short.length ? "partial" : "delivered"}>{short.length ? t("driver.receipt.short") : t("driver.receipt.complete")}</p>
        <ul className="stop__list">
          {short.map((l) => (
            <li key={l.productId}>{t("driver.receipt.shortLine", { name: l.productName, unit: l.unit, received: l.received, count: l.expected })}{l.note && ` : ${l.note}`}</li>
          ))}
        </ul>
        <button type="button" className="big secondary" onClick={() => setEditing(true)}>{t("driver.receipt.recount")}</button>
      </div>
    );
  }

  const value = (productId: string, expected: number) => counts[productId] ?? String(recorded?.find((l) => l.productId === productId)?.received ?? expected);
  const number = (productId: string, expected: number) => Math.min(expected, Math.max(0, Math.floor(Number(value(productId, expected)) || 0)));
  return (
    <form
      className="receipt"
      aria-labelledby={id}
      onSubmit={(e) => {
        e.preventDefault();
        const lines = products.map((p) => {
          const received = number(p.productId!, p.quantity);
          const note = (notes[p.productId!] ?? "").trim();
          return { productId: p.productId!, received, ...(received < p.quantity && note ? { note } : {}) };
        });
        void driverSync.record("farm.received", { tourId, siteId: pickup.siteId, lines }).then(() => setEditing(false));
      }}
    >
      <h4 id={id}>{t("driver.receipt.title")}</h4>
      <p>{t("driver.receipt.intro")}</p>
      {products.map((p) => {
        const short = number(p.productId!, p.quantity) < p.quantity;
        return (
          <div key={p.productId} className="receipt__line">
            <label>
              {t("driver.receipt.received", { name: p.productName, unit: p.unit, count: p.quantity })}
              <input type="number" inputMode="numeric" min={0} max={p.quantity} step={1} value={value(p.productId!, p.quantity)} onChange={(e) => setCounts({ ...counts, [p.productId!]: e.target.value })} />
            </label>
            {short && (
              <label>
                {t("driver.receipt.why", { name: p.productName })}
                <input maxLength={200} value={notes[p.productId!] ?? ""} onChange={(e) => setNotes({ ...notes, [p.productId!]: e.target.value })} />
              </label>
            )}
          </div>
        );
      })}
      <div className="driver__actions">
        <button type="submit" className="big">{t("driver.receipt.save")}</button>
        {editing && <button type="button" className="big secondary" onClick={() => setEditing(false)}>{t("driver.cancel")}</button>}
      </div>
    </form>
  );
}
