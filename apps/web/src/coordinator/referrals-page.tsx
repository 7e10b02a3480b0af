import { useTranslation } from "../i18n/use-translation";
import { Link, useLocation } from "react-router";
import { usePageTitle } from "../layout/use-page-title";
import { coordinatorApi } from "./coordinator-api";
import { LoadState } from "./load-state";
import { ReferralSummary } from "./referral-summary";
import { useLoad } from "./use-load";

const RECENT = 20;

/** Referrals and renewal requests: those waiting for a decision first (oldest first), then the recent decisions. */
export function ReferralsPage() {
  const { t } = useTranslation();
  usePageTitle(t("coordinator.referrals.title"));
  const done = (useLocation().state as { decided?: string } | null)?.decided;
  const [referrals, retry] = useLoad(() => coordinatorApi.referrals(), []);
  return (
    <>
      <h1>{t("coordinator.referrals.title")}</h1>
      <p className="lead">{t("coordinator.referrals.lead")}</p>
      {done && (
        <p className="alert alert--info" role="status">
          {t("coordinator.referrals.done", { name: done })}
        </p>
      )}
      <LoadState load={referrals} retry={retry}>
        {(list) => {
          const waiting = list.filter((r) => r.status === "pending");
          const decided = list.filter((r) => r.status !== "pending").slice(0, RECENT);
          return (
            <>
              <section aria-labelledby="waiting-title">
                <h2 id="waiting-title">{t("coordinator.referrals.waiting")}</h2>
                {waiting.length === 0 && <p>{t("coordinator.referrals.noneWaiting")}</p>}
                <ul className="cards">
                  {waiting.map((r) => (
                    <li key={r.id} className="card">
                      <ReferralSummary referral={r} heading="h3" />
                      <p>
                        <Link className="button button--primary" to={`/coordination/orientations/${r.id}`}>
                          {t("coordinator.referrals.decide", { name: r.householdName })}
                        </Link>
                      </p>
                    </li>
                  ))}
                </ul>
              </section>
              {decided.length > 0 && (
                <section aria-labelledby="decided-title">
                  <h2 id="decided-title">{t("coordinator.referrals.decided")}</h2>
                  <ul className="cards">
                    {decided.map((r) => (
                      <li key={r.id} className="card">
                        <ReferralSummary referral={r} heading="h3" />
                      </li>
                    ))}
                  </ul>
                </section>
              )}
            </>
          );
        }}
      </LoadState>
    </>
  );
}
