import type { CreditAccount } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { ledgerApi } from "./ledger-api";
import { describeLedgerError, todayInFrance, units } from "./ledger-words";

type Field = "debtorAccountId" | "description" | "serviceDate" | "amount";

/**
 * Declaring a service given to another member (the grocery's round carried the bakery's bread):
 * the other accepts or disputes it; nothing counts before. The request carries a key made when
 * the form opened, so a double click or a resend records it once.
 */
export function ClaimForm({ account, onRecorded }: { account: CreditAccount; onRecorded(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [debtor, setDebtor] = useState(account.members[0]?.accountId ?? "");
  const [description, setDescription] = useState("");
  const [serviceDate, setServiceDate] = useState(todayInFrance());
  const [amount, setAmount] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [alert, setAlert] = useState<string>();
  const [sent, setSent] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (!account.members.length) return null;
  const debtorName = account.members.find((m) => m.accountId === debtor)?.organisationName ?? "";

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = Number(amount);
    const found: Partial<Record<Field, string>> = {};
    if (description.trim().length < 3) found.description = t("ledger.form.errors.description");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(serviceDate)) found.serviceDate = t("ledger.form.errors.serviceDate");
    if (!Number.isInteger(value) || value < 1) found.amount = t("ledger.form.errors.amount", { unit: account.network.unitPlural });
    setErrors(found);
    setSent(undefined);
    if (Object.keys(found).length) return setAlert(t("errors.checkFields"));
    setBusy(true);
    setAlert(undefined);
    try {
      await ledgerApi.recordClaim({ key, creditorAccountId: account.id, debtorAccountId: debtor, amount: value, description: description.trim(), serviceDate });
      setSent(t("ledger.form.sent", { debtor: debtorName, amount: units(value, account.network, locale) }));
      setKey(crypto.randomUUID());
      setDescription("");
      setAmount("");
      onRecorded();
    } catch (err) {
      const fields = isApiError(err) ? (err.problem?.errors ?? []) : [];
      setErrors(Object.fromEntries(fields.map((f) => [f.path, t(`ledger.form.errors.${f.path}`, { unit: account.network.unitPlural, defaultValue: f.message })])));
      setAlert(describeLedgerError(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel ledger__no-print" aria-labelledby="ledger-declare">
      <h2 id="ledger-declare">{t("ledger.form.title")}</h2>
      <p>{t("ledger.form.explain", { unit: account.network.unitName })}</p>
      <form onSubmit={submit} noValidate>
        <FormAlert message={alert} />
        <div className="field">
          <label htmlFor="ledger-debtor">{t("ledger.form.debtor")}</label>
          <select id="ledger-debtor" value={debtor} onChange={(e) => setDebtor(e.target.value)}>
            {account.members.map((m) => (
              <option key={m.accountId} value={m.accountId}>
                {m.organisationName}
              </option>
            ))}
          </select>
        </div>
        <TextField label={t("ledger.form.description")} hint={t("ledger.form.descriptionHint")} value={description} maxLength={300} error={errors.description} onChange={(e) => setDescription(e.target.value)} />
        <TextField label={t("ledger.form.serviceDate")} type="date" value={serviceDate} error={errors.serviceDate} onChange={(e) => setServiceDate(e.target.value)} />
        <TextField label={t("ledger.form.amount", { unit: account.network.unitPlural })} hint={t("ledger.form.amountHint", { unit: account.network.unitName })} inputMode="numeric" value={amount} error={errors.amount} onChange={(e) => setAmount(e.target.value.replace(/\s/g, ""))} />
        <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy || undefined}>
          {t("ledger.form.submit", { debtor: debtorName })}
        </button>
        {sent && <p role="status" className="alert alert--info">{sent}</p>}
      </form>
    </section>
  );
}
