import type { PooledStatement } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { formatEuros } from "../coordinator/money";
import { useLoad } from "../coordinator/use-load";
import { formatDay } from "../format/date-time";
import { formatDistance, formatDuration } from "../format/units";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { describeLedgerError, monthLabel, shiftMonth, thisMonth, units } from "./ledger-words";
import { pooledRoundsApi } from "./pooled-rounds-api";

/**
 * The month's cost of the shared round, the same for both sides: each round's km and hours as
 * planned at the carrier's rates, and the partner's share by the key. The carrier posts a finished
 * month's share to the partners' exchanges, where the partner accepts it.
 */
export function PooledStatementPanel({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [month, setMonth] = useState(thisMonth());
  const [load, retry] = useLoad(() => pooledRoundsApi.statement(partnershipId, month), [partnershipId, month]);
  return (
    <section className="panel" aria-labelledby="pooled-statement">
      <h2 id="pooled-statement">{t("pooled.statement.title", { month: monthLabel(month, locale) })}</h2>
      <div className="pooled__actions">
        <button type="button" className="button" onClick={() => setMonth(shiftMonth(month, -1))}>
          {t("pooled.statement.previous", { month: monthLabel(shiftMonth(month, -1), locale) })}
        </button>
        {month < thisMonth() && (
          <button type="button" className="button" onClick={() => setMonth(shiftMonth(month, 1))}>
            {t("pooled.statement.next", { month: monthLabel(shiftMonth(month, 1), locale) })}
          </button>
        )}
      </div>
      {load.status === "ready" && <StatementBody statement={load.data} onPosted={retry} />}
      {load.status === "failed" && <FormAlert message={describeLedgerError(t, load.error)} />}
    </section>
  );
}

function StatementBody({ statement: s, onPosted }: { statement: PooledStatement; onPosted(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  if (!s.rounds.length) return <p>{t("pooled.statement.none")}</p>;
  const post = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await pooledRoundsApi.postStatement(s.partnershipId, s.month);
      onPosted();
    } catch (err) {
      setError(describeLedgerError(t, err));
    } finally {
      setBusy(false);
    }
  };
  const amount = s.ledger ? units(s.ledger.amount, s.ledger, locale) : "";
  return (
    <>
      <p>{t(`pooled.statement.key.${s.costKey}`)}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="pooled-statement">
        <table className="pooled__table" data-testid="pooled-statement">
          <thead>
            <tr>
              <th scope="col">{t("pooled.statement.date")}</th>
              <th scope="col">{t("pooled.statement.distance")}</th>
              <th scope="col">{t("pooled.statement.duration")}</th>
              <th scope="col">{t("pooled.statement.cost")}</th>
              <th scope="col">{t("pooled.statement.basis")}</th>
              <th scope="col">{t("pooled.statement.share")}</th>
            </tr>
          </thead>
          <tbody>
            {s.rounds.map((r) => (
              <tr key={r.date}>
                <td>{formatDay(r.date, locale)}{r.vehicleName && <div className="field__hint">{r.vehicleName}</div>}</td>
                <td>{formatDistance(r.distanceM, locale)}<div className="field__hint">{t("pooled.statement.perKm", { rate: formatEuros(r.perKmCents, locale) })}</div></td>
                <td>{formatDuration(r.durationS, locale)}<div className="field__hint">{t("pooled.statement.perHour", { rate: formatEuros(r.perHourCents, locale) })}</div></td>
                <td>{formatEuros(r.costCents, locale)}</td>
                <td>{t("pooled.statement.basisOf", { part: r.partnerBasis.toLocaleString(locale), whole: r.totalBasis.toLocaleString(locale) })}</td>
                <td>{formatEuros(r.partnerShareCents, locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>{t("pooled.statement.total")}</th>
              <td>{formatEuros(s.totalCostCents, locale)}</td>
              <td />
              <td><strong>{formatEuros(s.partnerShareCents, locale)}</strong></td>
            </tr>
          </tfoot>
        </table>
      </div>
      {s.ledger === null && <p>{t("pooled.statement.noNetwork")}</p>}
      {s.ledger?.claimId && <p role="status">{t(`pooled.statement.posted.${s.ledger.status ?? "pending"}`, { amount })}</p>}
      {s.ledger && !s.ledger.claimId && !s.ledger.canPost && <p>{t(s.ourSide === "carrier" ? "pooled.statement.notYet" : "pooled.statement.notYetPartner", { amount })}</p>}
      <FormAlert message={error} />
      {s.ledger?.canPost && (
        <button type="button" className="button button--primary" disabled={busy} aria-busy={busy || undefined} onClick={() => void post()}>
          {t("pooled.statement.post", { amount })}
        </button>
      )}
    </>
  );
}
