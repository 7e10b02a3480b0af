import type { Partnership } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { Link } from "react-router";
import { describeError } from "../coordinator/describe-error";
import { formatDate } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { ShortTextForm } from "../live/short-text-form";
import { FormAlert } from "../ui/form-alert";
import { carriesText, daysText, periodText } from "./pooled-round-words";
import { pooledRoundsApi } from "./pooled-rounds-api";

/** One partnership as the reader's side sees it, with what it may do: decide, see the deliveries, end. */
export function PartnershipCard({ partnership: p, onChanged }: { partnership: Partnership; onChanged(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const toDecide = p.status === "proposed" && p.proposedBy !== p.ourSide;
  const other = p.ourSide === "carrier" ? p.partner.name : p.carrier.name;
  const decide = async (accept: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      await (accept ? pooledRoundsApi.accept(p.id) : pooledRoundsApi.decline(p.id));
      onChanged();
    } catch (err) {
      setError(describeError(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="card pooled__partnership" data-testid="partnership">
      <p>
        <strong>{carriesText(t, p)}</strong> <span className={`pooled__status pooled__status--${p.status}`}>{t(`pooled.status.${p.status}`)}</span>
      </p>
      <ul className="pooled__facts">
        <li>{p.roundName ? t("pooled.onRound", { round: p.roundName, days: daysText(p.weekdays, locale) }) : t("pooled.onDays", { days: daysText(p.weekdays, locale) })}</li>
        <li>{periodText(t, p, locale)}</li>
        <li>{t(`pooled.costKey.${p.costKey}`)}</li>
        {p.note && <li className="pooled__note">« {p.note} »</li>}
        {p.status === "proposed" && <li>{t(p.proposedBy === p.ourSide ? "pooled.proposedByUs" : "pooled.proposedByThem", { other, day: formatDate(new Date(p.createdAt), locale) })}</li>}
        {p.status === "ended" && p.endedAt && (
          <li>{t(p.endedBy === p.ourSide ? "pooled.endedByUs" : "pooled.endedByThem", { other, day: formatDate(new Date(p.endedAt), locale), reason: p.endReason ?? "" })}</li>
        )}
        {p.status === "declined" && p.decidedAt && <li>{t("pooled.declinedOn", { day: formatDate(new Date(p.decidedAt), locale) })}</li>}
      </ul>
      <FormAlert message={error} />
      {toDecide && (
        <div className="pooled__actions">
          <button type="button" className="button button--primary" disabled={busy} aria-busy={busy || undefined} onClick={() => void decide(true)}>
            {t("pooled.accept", { other })}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void decide(false)}>
            {t("pooled.decline")}
          </button>
        </div>
      )}
      {(p.status === "active" || p.status === "ended") && (
        <p>
          <Link to={`/partenaires/tournees/${p.id}`}>{t(p.ourSide === "carrier" ? "pooled.seeCarried" : "pooled.seeOurs", { other })}</Link>
        </p>
      )}
      {(p.status === "active" || (p.status === "proposed" && !toDecide)) && (
        <details className="pooled__end">
          <summary>{t(p.status === "active" ? "pooled.end.open" : "pooled.end.withdraw")}</summary>
          <ShortTextForm label={t("pooled.end.reason")} hint={t("pooled.end.hint", { other })} submit={t(p.status === "active" ? "pooled.end.submit" : "pooled.end.withdraw")} required
            onSubmit={(reason) => pooledRoundsApi.end(p.id, reason)} onDone={onChanged} />
        </details>
      )}
    </li>
  );
}
