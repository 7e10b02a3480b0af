import "../coordinator/console.css";
import "../live/live.css";
import { addDays } from "@tournee/domain/calendar";
import { useTranslation } from "../i18n/use-translation";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { usePageTitle } from "../layout/use-page-title";
import { alertsApi } from "../live/alerts-api";
import { WellbeingAlerts } from "../live/wellbeing-alerts";
import { todayInFrance } from "./ledger-words";

const SETTLED_DAYS = 56;

/**
 * A partner's wellbeing concerns: what the carrier's drivers noticed about the partner's own
 * households on the shared rounds, open ones first, each acknowledged with how it is followed up.
 * The server sends the partner only the concerns about its households.
 */
export function PartnerAlertsPage() {
  const { t } = useTranslation();
  usePageTitle(t("pooled.alerts.title"));
  // Every concern still open, and those settled in the last eight weeks with how they were followed up.
  const [load, retry] = useLoad(async () => {
    const [open, settled] = await Promise.all([alertsApi.list({ status: "open" }), alertsApi.list({ status: "settled", from: addDays(todayInFrance(), -SETTLED_DAYS) })]);
    return [...open.wellbeingAlerts, ...settled.wellbeingAlerts].reverse();
  }, []);
  return (
    <>
      <h1>{t("pooled.alerts.title")}</h1>
      <p className="lead">{t("pooled.alerts.lead")}</p>
      <LoadState load={load} retry={retry}>
        {(alerts) => <WellbeingAlerts alerts={alerts} onChanged={retry} emptyText={t("pooled.alerts.none")} />}
      </LoadState>
    </>
  );
}
