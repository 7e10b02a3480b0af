import type { WellbeingAlertView } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { Link } from "react-router";
import { formatDateTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { alertsApi } from "./alerts-api";
import { ShortTextForm } from "./short-text-form";

/** Drivers' concerns about people, open ones first: each is acknowledged with an optional follow-up. */
export function WellbeingAlerts({ alerts, onChanged, emptyText }: { alerts: WellbeingAlertView[]; onChanged: () => void; emptyText?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const open = alerts.filter((a) => a.status === "open");
  const settled = alerts.filter((a) => a.status !== "open");
  return (
    <section className="live__alerts" aria-labelledby="live-alerts" data-testid="live-alerts">
      <h2 id="live-alerts">{t("live.alerts", { count: open.length })}</h2>
      {alerts.length === 0 && <p>{emptyText ?? t("live.noAlerts")}</p>}
      <ul className="live__cards">
        {[...open, ...settled].map((a) => (
          <li key={a.id} className={a.status === "open" ? "live__card live__card--alert" : "live__card"}>
            <h3>
              <Link to={`/coordination/foyers/${a.household.id}`}>{a.household.name}</Link> — {a.reason}
            </h3>
            <p>{t("live.raised", { driver: a.raisedBy?.displayName ?? "?", stop: a.stopName ?? "—", when: formatDateTime(new Date(a.raisedAt), locale) })}</p>
            {a.note && <p>{t("live.driverNote", { note: a.note })}</p>}
            {a.status === "open" ? (
              <ShortTextForm label={t("live.followUp")} hint={t("live.followUpHint")} submit={t("live.acknowledge", { name: a.household.name })} required={false} onSubmit={(text) => alertsApi.acknowledge(a.id, text)} onDone={onChanged} />
            ) : (
              <p className="live__settled">
                {t("live.acknowledged", { who: a.acknowledgedBy?.displayName ?? "?", when: a.acknowledgedAt ? formatDateTime(new Date(a.acknowledgedAt), locale) : "" })}
                {a.followUp && <> {t("live.followUpWas", { text: a.followUp })}</>}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
