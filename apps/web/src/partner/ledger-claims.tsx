import type { CreditAccount, CreditClaim } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { formatDate } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { ShortTextForm } from "../live/short-text-form";
import { FormAlert } from "../ui/form-alert";
import { ledgerApi } from "./ledger-api";
import { calendarDay, describeLedgerError, units } from "./ledger-words";

/** Services other members declared to this account: accept (the entry is posted) or dispute, saying why. */
export function ClaimsToDecide({ account, onChanged }: { account: CreditAccount; onChanged(): void }) {
  const { t } = useTranslation();
  return (
    <section className="ledger__no-print" aria-labelledby="ledger-to-decide">
      <h2 id="ledger-to-decide">{t("ledger.toDecide.title")}</h2>
      {account.toDecide.length === 0 ? (
        <p>{t("ledger.toDecide.none")}</p>
      ) : (
        <ul className="plain-list">
          {account.toDecide.map((c) => (
            <ClaimToDecide key={c.id} claim={c} account={account} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ClaimToDecide({ claim, account, onChanged }: { claim: CreditClaim; account: CreditAccount; onChanged(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const amount = units(claim.amount, account.network, locale);
  const accept = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await ledgerApi.accept(claim.id);
      onChanged();
    } catch (err) {
      setError(describeLedgerError(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="card ledger__claim">
      <p>
        <strong>{t("ledger.toDecide.claim", { creditor: claim.creditor.organisationName, day: formatDate(calendarDay(claim.serviceDate), locale), amount })}</strong>
      </p>
      <p className="ledger__description">« {claim.description} »</p>
      <FormAlert message={error} />
      <button type="button" className="button button--primary" onClick={accept} disabled={busy} aria-busy={busy || undefined}>
        {t("ledger.toDecide.accept", { amount, creditor: claim.creditor.organisationName })}
      </button>
      <details className="ledger__dispute">
        <summary>{t("ledger.toDecide.disputeOpen")}</summary>
        <ShortTextForm label={t("ledger.toDecide.disputeReason")} hint={t("ledger.toDecide.disputeHint", { creditor: claim.creditor.organisationName })} submit={t("ledger.toDecide.dispute")} required
          describe={describeLedgerError} onSubmit={(reason) => ledgerApi.dispute(claim.id, reason)} onDone={onChanged} />
      </details>
    </li>
  );
}

/** Services this account declared that are still open: awaiting the other's answer, or disputed (with why). */
export function ClaimsSent({ account, onChanged }: { account: CreditAccount; onChanged(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [error, setError] = useState<string>();
  if (!account.sent.length) return null;
  const withdraw = async (id: string) => {
    setError(undefined);
    try {
      await ledgerApi.withdraw(id);
      onChanged();
    } catch (err) {
      setError(describeLedgerError(t, err));
    }
  };
  return (
    <section className="ledger__no-print" aria-labelledby="ledger-sent">
      <h2 id="ledger-sent">{t("ledger.sent.title")}</h2>
      <FormAlert message={error} />
      <ul className="plain-list">
        {account.sent.map((c) => (
          <li key={c.id} className="card ledger__claim">
            <p>
              <strong>{t(`ledger.sent.${c.status === "disputed" ? "disputed" : "pending"}`, { debtor: c.debtor.organisationName, amount: units(c.amount, account.network, locale), day: formatDate(calendarDay(c.serviceDate), locale) })}</strong>
            </p>
            <p className="ledger__description">« {c.description} »</p>
            {c.disputeReason && <p>{t("ledger.sent.reason", { reason: c.disputeReason })}</p>}
            <button type="button" className="button" onClick={() => void withdraw(c.id)}>
              {t("ledger.sent.withdraw", { debtor: c.debtor.organisationName })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
