import "./resident.css";
import { useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { isApiError } from "../api/api-error";
import { useActingHousehold } from "../auth/acting-household-context";
import { LoadState } from "../coordinator/load-state";
import { formatEuros } from "../coordinator/money";
import { useLoad } from "../coordinator/use-load";
import { formatDate } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { BasketLines, basketTotals } from "../ordering/basket-lines";
import { ShortfallNotice, shortLinesOfOrder } from "../ordering/shortfall-notice";
import { ProductPicker } from "../ordering/product-picker";
import { FormAlert } from "../ui/form-alert";
import { describeRefusal, describeResidentError } from "./describe-resident-error";
import { loadOrderScreen, startingBasket, type OrderScreenData } from "./order-data";
import { cutoffSentence, lateSentence, movedSentence, passageSentence, timeSentence } from "./passage-text";
import { residentApi } from "./resident-api";
import { submitBasket, type SendOutcome } from "./send-basket";
import { useOrderingVoice } from "./use-ordering-voice";
import { usePendingSync } from "./use-pending-sync";

/** Ordering for one passage: the catalogue by shelf at the household's price, a basket, and sending it (later if offline). */
export function OrderPage() {
  const { t, voice } = useOrderingVoice();
  const { passageId = "" } = useParams();
  const { household } = useActingHousehold();
  usePageTitle(t("resident.order.title"));
  const householdId = household?.id ?? "";
  const sent = usePendingSync();
  const [load, retry] = useLoad(() => loadOrderScreen(householdId, passageId), [householdId, passageId, sent]);
  // Kept here, not in the form: the form starts again from the server's answer after each send.
  const [outcome, setOutcome] = useState<SendOutcome>();
  // A basket kept while offline went through in the background.
  useEffect(() => {
    if (sent > 0) setOutcome({ state: "received" });
  }, [sent]);
  return (
    <>
      <h1>{t("resident.order.title")}</h1>
      <LoadState load={load} retry={retry} describe={(_, error) => describeResidentError(t, error)}>
        {(data) => <OrderForm key={`${data.order?.version ?? 0}|${data.pending?.savedAt ?? ""}`} data={data} reload={retry} outcome={outcome} setOutcome={setOutcome} />}
      </LoadState>
      <p>
        <Link to={voice.homePath}>{t("resident.order.back")}</Link>
      </p>
    </>
  );
}

interface OrderFormProps {
  data: OrderScreenData;
  reload(): void;
  /** What became of the last basket sent from this screen. */
  outcome: SendOutcome | undefined;
  setOutcome(outcome: SendOutcome | undefined): void;
}

function OrderForm({ data, reload, outcome: sentNow, setOutcome }: OrderFormProps) {
  const { t } = useOrderingVoice();
  const locale = useLocale();
  const { passage, catalogue, order } = data;
  const [basket, setBasket] = useState(() => startingBasket(data));
  const waiting: SendOutcome | undefined = data.pending ? (data.pending.refusedCode ? { state: "refused", code: data.pending.refusedCode } : { state: "not-sent" }) : undefined;
  const [outcome, setShown] = useState(waiting ?? sentNow);
  const show = (next: SendOutcome | undefined) => {
    setShown(next);
    setOutcome(next);
  };
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const open = passage.open;
  const { count, totalCents } = basketTotals(catalogue, basket);
  const liveOrder = order && order.status !== "cancelled" ? order : undefined;
  const shortLines = shortLinesOfOrder(liveOrder?.lines ?? []);
  const time = timeSentence(t, passage, locale);
  const moved = movedSentence(t, passage, locale);
  const late = lateSentence(t, passage, locale);

  const setQuantity = (offerId: string, quantity: number) => {
    show(undefined);
    setBasket((b) => new Map(b).set(offerId, quantity));
  };

  async function send(lines: { offerId: string; quantity: number }[]) {
    setBusy(true);
    setError(undefined);
    const result = await submitBasket({ householdId: catalogue.householdId, passageId: passage.id, orderId: liveOrder?.id, lines });
    setBusy(false);
    show(result);
    if (result.state === "received") reload();
  }

  async function repeat() {
    setBusy(true);
    setError(undefined);
    try {
      const repeated = await residentApi.repeat(catalogue.householdId, passage.id);
      if (repeated.dropped.length) setError(t("resident.order.repeatDropped", { names: repeated.dropped.map((d) => d.productName).join(", ") }));
      reload();
    } catch (e) {
      setError(isApiError(e) && e.problem?.code === "offer_unavailable" ? t("resident.order.nothingToRepeat") : describeResidentError(t, e));
    } finally {
      setBusy(false);
    }
  }

  const lines = [...basket].filter(([, q]) => q > 0).map(([offerId, quantity]) => ({ offerId, quantity }));
  return (
    <>
      <p className="lead">{passageSentence(t, passage, locale)}</p>
      <p className={time.provisional ? "passage__time" : "passage__eta"}>{time.text}</p>
      {moved && <p className="alert alert--info">{moved}</p>}
      {late && <p className="alert alert--warning" role="status">{late}</p>}
      {open ? <p className="cutoff">{cutoffSentence(t, passage, locale)}</p> : <p className="alert alert--info">{t("resident.order.locked")}</p>}
      {data.offline && <p className="alert alert--info">{t("resident.order.offlineCopy")}</p>}
      {catalogue.creditLeftCents !== null && <p className="credit">{t("resident.order.creditLeft", { amount: formatEuros(catalogue.creditLeftCents, locale) })}</p>}
      <FormAlert message={error} />
      {open && !liveOrder && catalogue.lastOrder && (
        <div className="repeat">
          <button type="button" className="button" disabled={busy} aria-describedby="repeat-help" onClick={() => void repeat()}>
            {t("resident.order.sameAsLastTime")}
          </button>
          <p id="repeat-help">{t("resident.order.sameAsLastTimeHelp", { date: formatDate(new Date(`${catalogue.lastOrder.date}T12:00:00Z`), locale), count: catalogue.lastOrder.lineCount })}</p>
        </div>
      )}
      <ProductPicker catalogue={catalogue} basket={basket} disabled={!open || busy} onChange={setQuantity} usualLabel={t("resident.order.usualProducts")} />
      <section id="panier" className="basket" aria-labelledby="basket-title" tabIndex={-1}>
        <h2 id="basket-title">{t("resident.order.basket")}</h2>
        <BasketLines catalogue={catalogue} basket={basket} />
        {!open && liveOrder && shortLines.length > 0 ? (
          <>
            <ShortfallNotice lines={shortLines} t={t} />
            <p>{t("ordering.dueNow", { total: formatEuros(liveOrder.totalCents, locale) })}</p>
          </>
        ) : (
          <p aria-live="polite">{t("ordering.summary", { count, total: formatEuros(totalCents, locale) })}</p>
        )}
        <p>{t("resident.order.payAtDelivery")}</p>
        {outcome && (
          <p className={`alert ${outcome.state === "refused" ? "alert--error" : "alert--info"}`} role="status">
            {outcome.state === "received" ? t("resident.order.sent") : outcome.state === "not-sent" ? t("resident.order.notSentLong") : describeRefusal(t, outcome.code)}
          </p>
        )}
        {open && (
          <div className="actions">
            <button type="button" className="button button--primary" disabled={busy || (lines.length === 0 && !liveOrder)} onClick={() => void send(lines)}>
              {liveOrder ? t("resident.order.saveChanges") : t("resident.order.send")}
            </button>
            {liveOrder && (
              <button type="button" className="button" disabled={busy} onClick={() => void send([])}>
                {t("resident.order.cancel")}
              </button>
            )}
          </div>
        )}
      </section>
      {open && (
        <div className="basket-bar">
          <p>{t("ordering.summary", { count, total: formatEuros(totalCents, locale) })}</p>
          <a href="#panier">{t("ordering.toBasket")}</a>
        </div>
      )}
    </>
  );
}
