import type { CreditAccount, Locale } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { NetworkLimits } from "./network-limits";
import { units } from "./ledger-words";

/** The balance in words: who owes whom, how much credit is left, and the ceiling. */
export function AccountSummary({ account, administers, locale, onChanged }: { account: CreditAccount; administers: boolean; locale: Locale; onChanged(): void }) {
  const { t } = useTranslation();
  const u = (n: number) => units(n, account.network, locale);
  const position = account.balance > 0 ? "ahead" : account.balance < 0 ? "behind" : "even";
  return (
    <section className="panel ledger__summary" aria-labelledby="ledger-balance">
      <h2 id="ledger-balance">{t("ledger.summary.title", { organisation: account.organisationName })}</h2>
      <p className="ledger__network">{t("ledger.summary.network", { network: account.network.name, unit: account.network.unitName })}</p>
      <p className={`ledger__balance ledger__balance--${position}`}>
        {t(`ledger.summary.balance.${position}`, { amount: u(account.balance) })}
      </p>
      <p>{t(`ledger.summary.${administers ? "explainOf" : "explain"}.${position}`, { amount: u(account.balance), organisation: account.organisationName })}</p>
      <ul className="plain-list">
        <li>{t("ledger.summary.limit", { limit: u(account.creditLimit), available: u(account.available) })}</li>
        <li>{t("ledger.summary.ceiling", { ceiling: u(account.ceiling) })}</li>
      </ul>
      {administers && <NetworkLimits account={account} locale={locale} onChanged={onChanged} />}
    </section>
  );
}
