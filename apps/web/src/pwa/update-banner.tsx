import { useSyncExternalStore } from "react";
import { useTranslation } from "../i18n/use-translation";
import { roundGuard } from "./round-guard";
import { applyUpdate, updateStore } from "./service-worker-updates";

/**
 * "Nouvelle version disponible" with a button; nothing happens until it is pressed. During a
 * driver's round it says the update waits for the end of the round, and installing it now is
 * the driver's choice (the changes not sent yet stay in the phone's storage across the reload).
 */
export function UpdateBanner() {
  const { t } = useTranslation();
  const waiting = useSyncExternalStore(updateStore.subscribe, updateStore.isWaiting, () => false);
  const duringRound = useSyncExternalStore(roundGuard.subscribe, roundGuard.inProgress, () => false);
  if (!waiting) return null;
  return (
    <div className="update-banner" role="region" aria-label={t("update.region")}>
      <p role="status">{duringRound ? t("update.afterRound") : t("update.available")}</p>
      <button type="button" className="button button--primary" onClick={applyUpdate}>
        {duringRound ? t("update.installNow") : t("update.apply")}
      </button>
    </div>
  );
}
