import { useTranslation } from "../i18n/use-translation";
import { Link } from "react-router";
import { formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import type { DriverSyncState } from "./sync-engine";

/** Always on screen during a round: what is not sent yet, and when the last sync succeeded. */
export function SyncBar({ sync }: { sync: DriverSyncState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className={`sync-bar ${sync.pending ? "sync-bar--pending" : ""}`} role="status" aria-live="polite">
      <strong data-testid="pending-count">{sync.pending ? t("driver.sync.pending", { count: sync.pending }) : t("driver.sync.allSent")}</strong>
      <span data-testid="last-sync">{sync.lastSyncAt ? t("driver.sync.lastSync", { time: formatTime(new Date(sync.lastSyncAt), locale) }) : t("driver.sync.never")}</span>
      {sync.paused && (
        <span className="sync-bar__paused">
          {t("driver.sync.paused")} <Link to="/connexion">{t("driver.sync.signIn")}</Link>
        </span>
      )}
    </div>
  );
}
