import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { applyUpdate, updateStore } from "./service-worker-updates";

/** "Nouvelle version disponible" with a button; nothing happens until it is pressed. */
export function UpdateBanner() {
  const { t } = useTranslation();
  const waiting = useSyncExternalStore(updateStore.subscribe, updateStore.isWaiting, () => false);
  if (!waiting) return null;
  return (
    <div className="update-banner" role="region" aria-label={t("update.region")}>
      <p role="status">{t("update.available")}</p>
      <button type="button" className="button button--primary" onClick={applyUpdate}>
        {t("update.apply")}
      </button>
    </div>
  );
}
