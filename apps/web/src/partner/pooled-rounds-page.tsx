import "../coordinator/console.css";
import "./pooled.css";
import { useTranslation } from "../i18n/use-translation";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { usePageTitle } from "../layout/use-page-title";
import { PartnershipCard } from "./partnership-card";
import { pooledRoundsApi } from "./pooled-rounds-api";
import { ProposePartnershipForm } from "./propose-partnership-form";

/**
 * Pooled rounds, for the coordinators of both sides: the proposals to decide, the partnerships
 * under way and past (each opening onto the deliveries carried), and a form to propose one.
 */
export function PooledRoundsPage() {
  const { t } = useTranslation();
  usePageTitle(t("pooled.title"));
  const [load, retry] = useLoad(() => pooledRoundsApi.overview(), []);
  return (
    <>
      <h1>{t("pooled.title")}</h1>
      <p className="lead">{t("pooled.lead")}</p>
      <LoadState load={load} retry={retry}>
        {(overview) => {
          const toDecide = overview.partnerships.filter((p) => p.status === "proposed" && p.proposedBy !== p.ourSide);
          const others = overview.partnerships.filter((p) => !toDecide.includes(p));
          return (
            <>
              {toDecide.length > 0 && (
                <section aria-labelledby="pooled-to-decide">
                  <h2 id="pooled-to-decide">{t("pooled.toDecide")}</h2>
                  <ul className="plain-list">
                    {toDecide.map((p) => (
                      <PartnershipCard key={p.id} partnership={p} onChanged={retry} />
                    ))}
                  </ul>
                </section>
              )}
              <section aria-labelledby="pooled-list">
                <h2 id="pooled-list">{t("pooled.list")}</h2>
                {others.length === 0 ? (
                  <p>{t("pooled.none")}</p>
                ) : (
                  <ul className="plain-list">
                    {others.map((p) => (
                      <PartnershipCard key={p.id} partnership={p} onChanged={retry} />
                    ))}
                  </ul>
                )}
              </section>
              <ProposePartnershipForm overview={overview} onProposed={retry} />
            </>
          );
        }}
      </LoadState>
    </>
  );
}
