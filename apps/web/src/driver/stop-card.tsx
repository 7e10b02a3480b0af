/** One stop of the round: arrival, its orders, a note, a wellbeing concern. */
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { markMessageRead } from "./driver-db";
import { IssueList } from "./issue-list";
import { OrderCard } from "./order-card";
import type { PassageView } from "./round-view";
import { driverSync } from "./sync-engine";

export function StopCard({ stop, number, tourId }: { stop: PassageView; number: number; tourId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [open, setOpen] = useState<"note" | "concern" | null>(null);
  const [text, setText] = useState("");
  const [who, setWho] = useState(stop.orders[0]?.household.id ?? "");
  const eta = formatTime(new Date(stop.plannedArrival ?? stop.windowStart), locale);
  const ids = { tourId, passageId: stop.id };

  async function send() {
    if (!text.trim()) return;
    if (open === "note") await driverSync.record("note.added", { ...ids, text: text.trim() });
    else await driverSync.record("wellbeing.flagged", { ...ids, householdId: who, reason: text.trim() });
    setText("");
    setOpen(null);
  }

  return (
    <li className={`stop ${stop.done ? "stop--done" : ""}`}>
      <section aria-labelledby={`stop-${stop.id}`}>
        <h3 id={`stop-${stop.id}`}>
          {number}. {stop.stopName} <small>{stop.city}</small> <span className="stop__eta">{t("driver.stop.eta", { time: eta })}</span>
        </h3>
        {stop.accessNotes && <p className="stop__notes">{stop.accessNotes}</p>}
        {stop.arrived ? (
          <p className="stop__arrived">{t("driver.stop.arrived")}</p>
        ) : (
          <button type="button" className="big" onClick={() => void driverSync.record("passage.arrived", ids)}>
            {t("driver.stop.arrive")}
          </button>
        )}
        {stop.orders.map((o) => (
          <OrderCard key={o.id} order={o} tourId={tourId} passageId={stop.id} />
        ))}
        {stop.notes.map((n, i) => (
          <p key={i} className="stop__note">
            {t("driver.stop.note")}: {n}
          </p>
        ))}
        {stop.messages.map((m) => (
          <div key={m.id} className={`stop__message ${m.read ? "" : "stop__message--new"}`} data-testid="coordinator-message">
            <p>
              <strong>{m.read ? t("driver.messages.from") : t("driver.messages.fromNew")}</strong> {m.text}
            </p>
            {!m.read && (
              <button type="button" className="big secondary" onClick={() => void markMessageRead(tourId, m.id).then(driverSync.touch)}>
                {t("driver.messages.markRead")}
              </button>
            )}
          </div>
        ))}
        <IssueList issues={stop.issues} />
        {stop.concerns > 0 && <p className="stop__concern">{t("driver.stop.concernSent", { count: stop.concerns })}</p>}
        <div className="driver__actions">
          <button type="button" className="big secondary" onClick={() => setOpen(open === "note" ? null : "note")}>
            {t("driver.stop.addNote")}
          </button>
          {stop.orders.length > 0 && (
            <button type="button" className="big warn" onClick={() => setOpen(open === "concern" ? null : "concern")}>
              {t("driver.stop.concern")}
            </button>
          )}
        </div>
        {open && (
          <div className="stop__form">
            {open === "concern" && (
              <label>
                {t("driver.stop.concernWho")}
                <select value={who} onChange={(e) => setWho(e.target.value)}>
                  {stop.orders.map((o) => (
                    <option key={o.household.id} value={o.household.id}>
                      {o.household.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label>
              {open === "note" ? t("driver.stop.noteText") : t("driver.stop.concernReason")}
              <input value={text} maxLength={open === "note" ? 2000 : 200} onChange={(e) => setText(e.target.value)} />
            </label>
            <button type="button" className="big" onClick={() => void send()}>
              {t("driver.stop.send")}
            </button>
          </div>
        )}
      </section>
    </li>
  );
}
