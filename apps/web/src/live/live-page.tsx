/** Coordinators: live progress of a day's rounds as drivers' changes reach the server (server-sent events). */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import "./live.css";

interface LiveChange {
  id: string;
  tourId: string | null;
  kind: string;
  payload: { householdName?: string; outcome?: string; reason?: string; rule?: string; detail?: string; method?: string; amountCents?: number; text?: string; deviceTime?: string; clockSuspect?: boolean };
  at: string;
}

const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" });

export function LivePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const date = params.get("date") ?? today();
  const [changes, setChanges] = useState<LiveChange[]>([]);
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    setChanges([]);
    const source = new EventSource(`/api/live?date=${date}`);
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    source.addEventListener("change", (e) => {
      const change = JSON.parse((e as MessageEvent<string>).data) as LiveChange;
      setChanges((list) => (list.some((c) => c.id === change.id) ? list : [...list, change]));
    });
    return () => source.close();
  }, [date]);

  const alerts = changes.filter((c) => c.kind === "wellbeing.flagged");
  const conflicts = changes.filter((c) => c.kind === "conflict");
  const when = (c: LiveChange) => formatTime(new Date(c.payload.deviceTime ?? c.at), locale);
  const describe = (c: LiveChange) => t(`live.kinds.${c.kind.replace(".", "_")}`, { defaultValue: c.kind, name: c.payload.householdName ?? "", reason: c.payload.reason ?? "" });

  return (
    <section className="live">
      <h1>{t("live.title", { date })}</h1>
      <p role="status">{connected ? t("live.connected") : t("live.disconnected")}</p>
      {alerts.length > 0 && (
        <section className="live__alerts" aria-labelledby="live-alerts">
          <h2 id="live-alerts">{t("live.alerts")}</h2>
          <ul>
            {alerts.map((c) => (
              <li key={c.id}>
                <strong>{c.payload.householdName}</strong> — {c.payload.reason} ({when(c)})
              </li>
            ))}
          </ul>
        </section>
      )}
      {conflicts.length > 0 && (
        <section className="live__conflicts" aria-labelledby="live-conflicts">
          <h2 id="live-conflicts">{t("live.conflicts")}</h2>
          <ul>
            {conflicts.map((c) => (
              <li key={c.id}>
                {c.payload.rule}: {c.payload.detail}
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2>{t("live.feed")}</h2>
      <ol className="live__feed" data-testid="live-feed">
        {changes
          .filter((c) => c.kind !== "conflict")
          .map((c) => (
            <li key={c.id} data-kind={c.kind} className={c.kind === "wellbeing.flagged" ? "live__item--alert" : undefined}>
              <time>{when(c)}</time> {describe(c)}
              {c.payload.clockSuspect && <em> {t("live.clockSuspect")}</em>}
            </li>
          ))}
      </ol>
    </section>
  );
}
