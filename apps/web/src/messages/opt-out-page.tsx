import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useParams } from "react-router";
import { useLoad } from "../coordinator/use-load";
import { usePageTitle } from "../layout/use-page-title";
import { messagesApi } from "./messages-api";

/** The link at the foot of every e-mail: one button stops that channel at once, no sign-in needed. */
export function OptOutPage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  usePageTitle(t("messages.optOut.title"));
  const [load] = useLoad(() => messagesApi.optOut(token), [token]);
  const [done, setDone] = useState<{ channel: string; senderName: string }>();
  const [failed, setFailed] = useState(false);
  const view = done ?? (load.status === "ready" && load.data.done ? load.data : undefined);
  return (
    <main id="main" className="page page--narrow">
      <h1>{t("messages.optOut.title")}</h1>
      {load.status === "loading" && <p role="status">{t("layout.loading")}</p>}
      {(load.status === "failed" || failed) && <p className="alert alert--error" role="alert">{t("messages.optOut.unknown")}</p>}
      {view && <p role="status" className="alert alert--info">{t("messages.optOut.done", { channel: t(`messages.channels.${view.channel}`).toLowerCase(), sender: view.senderName })}</p>}
      {load.status === "ready" && !view && (
        <>
          <p>{t("messages.optOut.question", { channel: t(`messages.channels.${load.data.channel}`).toLowerCase(), sender: load.data.senderName })}</p>
          <button type="button" className="button button--primary" onClick={() => void messagesApi.confirmOptOut(token).then(setDone, () => setFailed(true))}>
            {t("messages.optOut.confirm")}
          </button>
        </>
      )}
    </main>
  );
}
