import "../coordinator/console.css";
import "./ledger.css";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useSearchParams } from "react-router";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { AccountSummary } from "./account-summary";
import { ClaimForm } from "./claim-form";
import { ClaimsSent, ClaimsToDecide } from "./ledger-claims";
import { ledgerApi } from "./ledger-api";
import { LedgerStatement } from "./ledger-statement";

/**
 * A partner's coordinator in the network's mutual credit: the balance and what it allows, the
 * services other members declared (to accept or dispute), a form to declare a service given,
 * the requests still open and the month's statement. Administrators choose any member's account.
 */
export function LedgerPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t("ledger.title"));
  const [load, retry] = useLoad(() => ledgerApi.overview(), []);
  const [params, setParams] = useSearchParams();
  const [version, setVersion] = useState(0);
  const changed = () => {
    retry();
    setVersion((v) => v + 1);
  };
  return (
    <>
      <h1>{t("ledger.title")}</h1>
      <p className="lead">{t("ledger.lead")}</p>
      <LoadState load={load} retry={retry}>
        {(overview) => {
          const account = overview.accounts.find((a) => a.id === params.get("compte")) ?? overview.accounts[0];
          if (!account) return <p className="alert alert--info">{t("ledger.noAccount")}</p>;
          return (
            <>
              {overview.accounts.length > 1 && (
                <div className="field ledger__chooser">
                  <label htmlFor="ledger-account">{t("ledger.chooseAccount")}</label>
                  <select id="ledger-account" value={account.id} onChange={(e) => setParams({ compte: e.target.value })}>
                    {overview.accounts.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.organisationName}
                      </option>
                    ))}
                  </select>
                </div>
              )}
              <AccountSummary account={account} administers={overview.administers} locale={locale} onChanged={changed} />
              <ClaimsToDecide account={account} onChanged={changed} />
              <ClaimForm key={account.id} account={account} onRecorded={changed} />
              <ClaimsSent account={account} onChanged={changed} />
              <LedgerStatement key={`${account.id}-${version}`} account={account} onChanged={changed} />
            </>
          );
        }}
      </LoadState>
    </>
  );
}
