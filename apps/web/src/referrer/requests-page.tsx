import "./referrer.css";
import { useTranslation } from "../i18n/use-translation";
import { useLocation } from "react-router";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { usePageTitle } from "../layout/use-page-title";
import { referrerApi } from "./referrer-api";
import { RequestList } from "./request-list";

/** "Mes demandes": referrals and renewals waiting for the grocery, then those decided, with its answer. */
export function ReferrerRequestsPage() {
  const { t } = useTranslation();
  usePageTitle(t("referrer.requests.title"));
  const sent = (useLocation().state as { sent?: string } | null)?.sent;
  const [requests, retry] = useLoad(() => referrerApi.requests(), []);
  return (
    <>
      <h1>{t("referrer.requests.title")}</h1>
      <p className="lead">{t("referrer.requests.lead")}</p>
      {sent && (
        <p className="alert alert--info" role="status">
          {t("referrer.refer.sent", { name: sent })}
        </p>
      )}
      <LoadState load={requests} retry={retry}>
        {(list) => {
          if (!list.length) return <p>{t("referrer.requests.none")}</p>;
          const waiting = list.filter((r) => r.status === "pending");
          const decided = list.filter((r) => r.status !== "pending");
          return (
            <>
              {waiting.length > 0 && (
                <section aria-labelledby="waiting-title">
                  <h2 id="waiting-title">{t("referrer.requests.waiting")}</h2>
                  <RequestList requests={waiting} onChanged={retry} linkHouseholds />
                </section>
              )}
              {decided.length > 0 && (
                <section aria-labelledby="decided-title">
                  <h2 id="decided-title">{t("referrer.requests.decided")}</h2>
                  <RequestList requests={decided} onChanged={retry} linkHouseholds />
                </section>
              )}
            </>
          );
        }}
      </LoadState>
    </>
  );
}
