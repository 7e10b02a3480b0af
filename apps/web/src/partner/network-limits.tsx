import type { CreditAccount, Locale } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { ledgerApi } from "./ledger-api";
import { describeLedgerError, signedUnits, units } from "./ledger-words";

/** For the network's administrator: every member's balance, and this account's credit limit and ceiling to change. */
export function NetworkLimits({ account, locale, onChanged }: { account: CreditAccount; locale: Locale; onChanged(): void }) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(String(account.creditLimit));
  const [ceiling, setCeiling] = useState(String(account.ceiling));
  const [alert, setAlert] = useState<string>();
  const [saved, setSaved] = useState(false);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const [l, c] = [Number(limit), Number(ceiling)];
    if (!Number.isInteger(l) || l < 0 || !Number.isInteger(c) || c < 0) return setAlert(t("ledger.admin.wholeUnits", { unit: account.network.unitPlural }));
    setAlert(undefined);
    try {
      await ledgerApi.setLimits(account.id, l, c);
      setSaved(true);
      onChanged();
    } catch (err) {
      setAlert(describeLedgerError(t, err));
    }
  };
  return (
    <div className="ledger__admin">
      <h3>{t("ledger.admin.members")}</h3>
      <ul className="plain-list">
        {account.members.map((m) => (
          <li key={m.accountId}>
            {t("ledger.admin.member", { organisation: m.organisationName, balance: signedUnits(m.balance ?? 0, account.network, locale), limit: units(m.creditLimit ?? 0, account.network, locale) })}
          </li>
        ))}
      </ul>
      <form onSubmit={save} noValidate>
        <h3>{t("ledger.admin.limitsOf", { organisation: account.organisationName })}</h3>
        <FormAlert message={alert} />
        <TextField label={t("ledger.admin.creditLimit", { unit: account.network.unitPlural })} inputMode="numeric" value={limit} onChange={(e) => setLimit(e.target.value)} />
        <TextField label={t("ledger.admin.ceiling", { unit: account.network.unitPlural })} inputMode="numeric" value={ceiling} onChange={(e) => setCeiling(e.target.value)} />
        <button type="submit" className="button">{t("ledger.admin.save")}</button>
        {saved && <p role="status">{t("coordinator.saved")}</p>}
      </form>
    </div>
  );
}
