/** End of round: what was delivered, who was absent, money to hand in per method; closing once all is sent. */
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { formatEuros } from "../coordinator/money";
import { parisToday } from "../coordinator/week-dates";
import { formatDate } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { closeRound, type CloseOutcome } from "./close-round";
import type { ClosedRound } from "./driver-db";
import type { RoundSummary } from "./round-view";
import { driverSync } from "./sync-engine";

const METHODS = ["cash", "card", "voucher", "credit"] as const;

function MoneyToHandIn({ byMethod }: { byMethod: Record<string, number> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return METHODS.map((m) => (
    <li key={m}>
      {t(`driver.pay.methods.${m}`)} : {formatEuros(byMethod[m] ?? 0, locale)}
    </li>
  ));
}

/** The part of the money collected for each partner organisation the round carries for. */
function PartnersShare({ shares }: { shares: readonly { organisationName: string; byMethod: Record<string, number> }[] | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (shares ?? []).map((s) => {
    const amounts = METHODS.filter((m) => (s.byMethod[m] ?? 0) > 0).map((m) => `${t(`driver.pay.methods.${m}`)} ${formatEuros(s.byMethod[m] ?? 0, locale)}`);
    return (
      <li key={s.organisationName} data-testid="partner-share">
        {amounts.length ? t("driver.summary.forPartner", { organisation: s.organisationName, amounts: amounts.join(", ") }) : t("driver.summary.nothingForPartner", { organisation: s.organisationName })}
      </li>
    );
  });
}

interface Props {
  summary: RoundSummary;
  tourId: string;
  date: string;
  pending: number;
  /** The close is recorded on this device and waits to be sent. */
  closing: boolean;
  onClosed: (closed: ClosedRound) => void;
}

/** The reason a close was refused, in the driver's words when the server's code is one the phone knows. */
function refusalText(t: ReturnType<typeof useTranslation>["t"], outcome: Extract<CloseOutcome, { kind: "refused" }>): string {
  return t(`driver.issue.rejected.${outcome.code}`, { defaultValue: t("driver.summary.closeRefused", { message: outcome.message }) });
}

export function RoundSummaryPanel({ summary, tourId, date, pending, closing, onClosed }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<CloseOutcome | null>(null);
  // Closing wipes the round from the phone: it waits for the round's day, and stops not done are confirmed first.
  const [confirming, setConfirming] = useState(false);
  const notYet = !closing && parisToday() < date;
  const undone = summary.stops - summary.stopsDone;

  async function close() {
    setBusy(true);
    setConfirming(false);
    try {
      const result = await closeRound(tourId, date, summary);
      if (result.kind === "closed") onClosed(result.closed);
      else setOutcome(result);
    } catch (error) {
      setOutcome({ kind: "refused", code: "", message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  const why = closing
    ? t("driver.summary.closeWaiting")
    : pending
      ? t("driver.summary.waitSync", { count: pending })
      : notYet
        ? t("driver.summary.notYet", { day: formatDate(new Date(`${date}T12:00:00Z`), locale) })
        : t("driver.summary.canClose");
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t("driver.summary.title")}</h2>
      <ul data-testid="summary">
        <li>{t("driver.summary.stops", { done: summary.stopsDone, total: summary.stops })}</li>
        <li>{t("driver.summary.delivered", { count: summary.delivered })}</li>
        <li>{t("driver.summary.partial", { count: summary.partial })}</li>
        <li>{t("driver.summary.absent", { count: summary.absent })}</li>
        {summary.cancelled > 0 && <li>{t("driver.summary.cancelled", { count: summary.cancelled })}</li>}
        <MoneyToHandIn byMethod={summary.byMethod} />
        <PartnersShare shares={summary.forPartners} />
      </ul>
      <p id="close-why" data-testid="close-why">
        {why}
      </p>
      {outcome?.kind === "refused" && <p role="alert">{refusalText(t, outcome)}</p>}
      {outcome?.kind === "unsent" && <p role="alert">{t("driver.summary.closeUnsent")}</p>}
      {confirming && (
        <p role="alert" id="close-confirm" data-testid="close-confirm">
          {t("driver.summary.confirmUndone", { count: undone })}
        </p>
      )}
      <div className="driver__actions">
        {(pending > 0 || closing) && (
          <button type="button" className="big secondary" disabled={busy} onClick={() => void driverSync.syncNow()}>
            {t("driver.summary.syncNow")}
          </button>
        )}
        {confirming ? (
          <>
            <button type="button" className="big" aria-describedby="close-confirm" disabled={busy} onClick={() => void close()}>
              {t("driver.summary.closeAnyway")}
            </button>
            <button type="button" className="big secondary" onClick={() => setConfirming(false)}>
              {t("driver.summary.backToStops")}
            </button>
          </>
        ) : (
          <button type="button" className="big" aria-describedby="close-why" disabled={busy || notYet || (pending > 0 && !closing)} onClick={() => (undone > 0 && !closing ? setConfirming(true) : void close())}>
            {t("driver.summary.close")}
          </button>
        )}
      </div>
    </section>
  );
}

/** After closing: the round is closed on the server, its personal data is gone, the money to hand in stays. */
export function ClosedRoundPanel({ closed }: { closed: ClosedRound }) {
  const { t } = useTranslation();
  return (
    <section className="summary" aria-labelledby="closed-title">
      <h2 id="closed-title">{t("driver.closed.title")}</h2>
      <p role="status" data-testid="round-closed">
        {t("driver.summary.closed")}
      </p>
      <ul data-testid="closed-summary">
        <li>{t("driver.summary.delivered", { count: closed.delivered })}</li>
        <li>{t("driver.summary.partial", { count: closed.partial })}</li>
        <li>{t("driver.summary.absent", { count: closed.absent })}</li>
        {closed.cancelled > 0 && <li>{t("driver.summary.cancelled", { count: closed.cancelled })}</li>}
      </ul>
      <h3>{t("driver.closed.handIn")}</h3>
      <ul data-testid="hand-in">
        <MoneyToHandIn byMethod={closed.byMethod} />
        <PartnersShare shares={closed.forPartners} />
      </ul>
    </section>
  );
}
