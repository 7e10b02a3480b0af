import type { CreditAccount, CreditStatementLine, Locale } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { formatDate } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { ShortTextForm } from "../live/short-text-form";
import { ledgerApi } from "./ledger-api";
import { calendarDay, describeLedgerError, monthLabel, shiftMonth, signedUnits, thisMonth, units, type Unit } from "./ledger-words";
import { ScrollingTable } from "../ui/scrolling-table";

/** The month's statement: balance at the start, each entry in words from this account's side, balance at the end; printable. */
export function LedgerStatement({ account, onChanged }: { account: CreditAccount; onChanged(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const current = thisMonth();
  const [month, setMonth] = useState(current);
  const [load, retry] = useLoad(() => ledgerApi.statement(account.id, month), [account.id, month]);
  const u = (n: number) => signedUnits(n, account.network, locale);
  return (
    <section className="ledger__statement" aria-labelledby="ledger-statement">
      <h2 id="ledger-statement">{t("ledger.statement.title", { month: monthLabel(month, locale) })}</h2>
      <div className="toolbar ledger__months">
        <button type="button" className="button" onClick={() => setMonth(shiftMonth(month, -1))}>
          {t("ledger.statement.previous", { month: monthLabel(shiftMonth(month, -1), locale) })}
        </button>
        {month < current && (
          <button type="button" className="button" onClick={() => setMonth(shiftMonth(month, 1))}>
            {t("ledger.statement.next", { month: monthLabel(shiftMonth(month, 1), locale) })}
          </button>
        )}
        <a className="button" href={`/api/ledger/accounts/${account.id}/statement/sheet?month=${month}`} target="_blank" rel="noreferrer">
          {t("ledger.statement.print", { month: monthLabel(month, locale) })}
        </a>
        <a className="button" href={`/api/ledger/accounts/${account.id}/statement.csv?month=${month}`} download>
          {t("ledger.statement.csv", { month: monthLabel(month, locale) })}
        </a>
      </div>
      <LoadState load={load} retry={retry}>
        {(statement) => (
          <>
            <p>{t("ledger.statement.opening", { amount: u(statement.opening) })}</p>
            {statement.lines.length === 0 ? (
              <p>{t("ledger.statement.empty", { month: monthLabel(month, locale) })}</p>
            ) : (
              <ScrollingTable caption={t("ledger.statement.caption", { organisation: statement.organisationName, month: monthLabel(month, locale) })} hideCaption>
                  <thead>
                    <tr>
                      <th scope="col">{t("ledger.statement.columns.date")}</th>
                      <th scope="col">{t("ledger.statement.columns.partner")}</th>
                      <th scope="col">{t("ledger.statement.columns.what")}</th>
                      <th scope="col">{t("ledger.statement.columns.change")}</th>
                      <th scope="col">{t("ledger.statement.columns.balance")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {statement.lines.map((line) => (
                      <StatementRow key={line.entryId} line={line} unit={account.network} locale={locale} onChanged={onChanged} />
                    ))}
                  </tbody>
                </ScrollingTable>
            )}
            <p>
              <strong>{t("ledger.statement.closing", { amount: u(statement.closing) })}</strong>
            </p>
          </>
        )}
      </LoadState>
    </section>
  );
}

function StatementRow({ line, unit, locale, onChanged }: { line: CreditStatementLine; unit: Unit; locale: Locale; onChanged(): void }) {
  const { t } = useTranslation();
  const [key] = useState(() => crypto.randomUUID());
  const what = line.reversesEntryId ? t("ledger.statement.reversal", { reason: line.description }) : line.description;
  return (
    <tr>
      <td>{formatDate(calendarDay(line.serviceDate), locale)}</td>
      <td>{t(line.change > 0 ? "ledger.statement.from" : "ledger.statement.to", { partner: line.counterpartName })}</td>
      <td>
        {what}
        {line.reversedByEntryId && <> {t("ledger.statement.reversedLater")}</>}
        {line.canReverse && (
          <details className="ledger__reverse">
            <summary>{t("ledger.statement.reverseOpen")}</summary>
            <ShortTextForm label={t("ledger.statement.reverseReason")} hint={t("ledger.statement.reverseHint", { partner: line.counterpartName, amount: units(Math.abs(line.change), unit, locale) })}
              submit={t("ledger.statement.reverse")} required describe={describeLedgerError} onSubmit={(reason) => ledgerApi.reverse(line.entryId, key, reason)} onDone={onChanged} />
          </details>
        )}
      </td>
      <td className={line.change > 0 ? "ledger__in" : "ledger__out"}>{signedUnits(line.change, unit, locale)}</td>
      <td>{signedUnits(line.balanceAfter, unit, locale)}</td>
    </tr>
  );
}
