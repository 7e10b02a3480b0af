/** One producer's drop at the warehouse: when it is due, whether it came, and the count of what came. */
import type { Drop } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { describeError } from "../coordinator/describe-error";
import { formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { ShortOrders } from "./short-orders";
import { supplyApi } from "./supply-api";

type Count = { came: boolean; received: string; note: string };

const countsOf = (drop: Drop): Record<string, Count> =>
  Object.fromEntries(drop.lines.map((l) => [l.offerId, { came: l.received === null || l.received >= l.expected, received: String(l.received ?? 0), note: l.note ?? "" }]));

export function DropCard({ date, drop: d, onSaved }: { date: string; drop: Drop; onSaved: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [counting, setCounting] = useState(d.status !== "received");
  const [counts, setCounts] = useState(() => countsOf(d));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const heading = `drop-${d.producerId}`;
  const due = formatTime(new Date(d.dueAt), locale);
  const late = d.receivedAt !== null && d.receivedAt > d.dueAt;
  const set = (offerId: string, change: Partial<Count>) => setCounts((c) => ({ ...c, [offerId]: { ...c[offerId]!, ...change } }));

  async function save() {
    setBusy(true);
    setError(undefined);
    try {
      const lines = d.lines.map((l) => {
        const c = counts[l.offerId]!;
        return c.came ? { offerId: l.offerId, received: l.expected } : { offerId: l.offerId, received: Number(c.received), note: c.note.trim() || null };
      });
      await supplyApi.recordDrop({ date, producerId: d.producerId, lines });
      setCounting(false);
      onSaved();
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="card receipt-card drop-card" aria-labelledby={heading}>
      <h3 id={heading}>{d.producerName}</h3>
      {d.status === "received" ? (
        <p className="alert alert--info">{t(late ? "supply.drops.receivedLate" : d.receivedBy ? "supply.drops.receivedBy" : "supply.drops.received", { time: formatTime(new Date(d.receivedAt!), locale), who: d.receivedBy ?? "—", due })}</p>
      ) : d.status === "late" ? (
        <p className="alert alert--error">{t("supply.drops.late", { time: due, site: d.siteName })}</p>
      ) : (
        <p>{t("supply.drops.expected", { time: due, site: d.siteName })}</p>
      )}
      {counting ? (
        <form
          className="drop-count"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <fieldset>
            <legend>{t("supply.drops.tick")}</legend>
            {d.lines.map((l) => {
              const c = counts[l.offerId]!;
              return (
                <div key={l.offerId} className="drop-count__line">
                  <label className="drop-count__came">
                    <input type="checkbox" checked={c.came} onChange={(e) => set(l.offerId, { came: e.target.checked })} />
                    {t("supply.drops.line", { name: l.productName, unit: l.unit, count: l.expected })}
                  </label>
                  {!c.came && (
                    <div className="drop-count__short">
                      <label>
                        {t("supply.drops.howMany", { count: l.expected })}
                        <input className="supply__input" type="number" min={0} max={100000} inputMode="numeric" required value={c.received} onChange={(e) => set(l.offerId, { received: e.target.value })} />
                      </label>
                      <label>
                        {t("supply.correction.note")}
                        <input value={c.note} maxLength={300} onChange={(e) => set(l.offerId, { note: e.target.value })} />
                      </label>
                    </div>
                  )}
                </div>
              );
            })}
          </fieldset>
          <FormAlert message={error} />
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={busy}>{t("supply.drops.save", { producer: d.producerName })}</button>
            {d.status === "received" && <button type="button" className="button" onClick={() => setCounting(false)}>{t("supply.correction.cancel")}</button>}
          </div>
        </form>
      ) : (
        <>
          <ul className="stop__list">
            {d.lines.map((l) => (
              <li key={l.offerId}>
                {t("supply.receipts.line", { name: l.productName, unit: l.unit, received: l.received ?? 0, count: l.expected })}
                {l.note && ` — ${l.note}`}
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => { setCounts(countsOf(d)); setCounting(true); }}>{t("supply.drops.recount")}</button>
        </>
      )}
      <ShortOrders orders={d.shortOrders} />
    </li>
  );
}
