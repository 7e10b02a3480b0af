import type { Delegation } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { DelegationItem, relayName } from "./delegation-item";
import { delegationsApi } from "./delegations-api";
import { RecordDelegation } from "./record-delegation";

/**
 * Who orders for a household. Its coordinators (`as="coordinator"`) see them all, record new ones
 * and revoke them; the household itself (`as="household"`) sees its current delegations and
 * revokes them.
 */
export function DelegationsPanel({ householdId, as }: { householdId: string; as: "coordinator" | "household" }) {
  const { t } = useTranslation();
  const [load, retry] = useLoad(() => delegationsApi.list(householdId), [householdId]);
  const [message, setMessage] = useState<string>();
  const own = as === "household";
  const revoked = (d: Delegation) => {
    setMessage(t("delegations.revokedNow", { relay: relayName(d), household: d.householdName }));
    retry();
  };
  return (
    <section aria-labelledby={`delegations-${householdId}`} className="panel">
      <h2 id={`delegations-${householdId}`}>{t(own ? "delegations.titleOwn" : "delegations.title")}</h2>
      {message && (
        <p className="alert alert--info" role="status">
          {message}
        </p>
      )}
      <LoadState load={load} retry={retry}>
        {(list) => {
          const current = list.filter((d) => !d.revokedAt);
          const past = list.filter((d) => d.revokedAt);
          return (
            <>
              {current.length === 0 && <p>{t(own ? "delegations.noneOwn" : "delegations.none")}</p>}
              <ul className="cards">
                {current.map((d) => (
                  <DelegationItem key={d.id} delegation={d} onRevoked={revoked} />
                ))}
              </ul>
              {!own && past.length > 0 && (
                <>
                  <h3>{t("delegations.past")}</h3>
                  <ul className="cards">
                    {past.map((d) => (
                      <DelegationItem key={d.id} delegation={d} onRevoked={revoked} />
                    ))}
                  </ul>
                </>
              )}
            </>
          );
        }}
      </LoadState>
      {!own && (
        <RecordDelegation
          householdId={householdId}
          onRecorded={(d) => {
            setMessage(t("delegations.recorded", { relay: relayName(d) }));
            retry();
          }}
        />
      )}
    </section>
  );
}
