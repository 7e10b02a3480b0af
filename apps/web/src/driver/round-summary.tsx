/** End of round: what was delivered, who was absent, money to hand in per method; closing once all is sent. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatEuros } from "../coordinator/money";
import { useLocale } from "../i18n/use-locale";
import { forgetRound } from "./driver-db";
import type { RoundSummary } from "./round-view";
import { driverSync } from "./sync-engine";

export function RoundSummaryPanel({ summary, tourId, pending, closed }: { summary: RoundSummary; tourId: string; pending: number; closed: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [wiped, setWiped] = useState(false);

  async function close() {
    if (!closed) await driverSync.record("tour.closed", { tourId });
    await driverSync.syncNow();
    if (driverSync.getSnapshot().pending === 0) {
      await forgetRound(tourId);
      setWiped(true);
    }
  }

  if (wiped) return <p role="status">{t("driver.summary.closed")}</p>;
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t("driver.summary.title")}</h2>
      <ul data-testid="summary">
        <li>{t("driver.summary.stops", { done: summary.stopsDone, total: summary.stops })}</li>
        <li>{t("driver.summary.delivered", { count: summary.delivered })}</li>
        <li>{t("driver.summary.partial", { count: summary.partial })}</li>
        <li>{t("driver.summary.absent", { count: summary.absent })}</li>
        {(Object.keys(summary.byMethod) as (keyof RoundSummary["byMethod"])[]).map((m) => (
          <li key={m}>
            {t(`driver.pay.methods.${m}`)} : {formatEuros(summary.byMethod[m], locale)}
          </li>
        ))}
      </ul>
      <p>{pending ? t("driver.summary.waitSync", { count: pending }) : t("driver.summary.canClose")}</p>
      <button type="button" className="big" disabled={pending > 0 && !closed} onClick={() => void close()}>
        {t("driver.summary.close")}
      </button>
    </section>
  );
}
