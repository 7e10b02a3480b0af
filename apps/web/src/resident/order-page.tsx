import "./resident.css";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useActingHousehold } from "../auth/acting-household-context";
import { describeError } from "../coordinator/describe-error";
import { LoadState } from "../coordinator/load-state";
import { formatEuros } from "../coordinator/money";
import { useLoad } from "../coordinator/use-load";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { FormAlert } from "../ui/form-alert";
import { loadOrderScreen, startingBasket, type OrderScreenData } from "./order-data";
import { cutoffSentence, etaSentence, passageSentence } from "./passage-text";
import { provenanceText } from "./provenance-text";
import { QuantityStepper } from "./quantity-stepper";
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
  return (
    <>
      <h1>{t("resident.order.title")}</h1>
      <LoadState load={load} retry={retry}>
        {(data) => <OrderForm key={`${data.order?.version ?? 0}|${data.pending?.savedAt ?? ""}`} data={data} reload={retry} />}
      </LoadState>
      <p>
        <Link to={voice.homePath}>{t("resident.order.back")}</Link>
      </p>
    </>
  );
}

function OrderForm({ data, reload }: { data: OrderScreenData; reload(): void }) {
  const { t } = useOrderingVoice();
  const locale = useLocale();
  const { passage, catalogue, order } = data;
  const [basket, setBasket] = useState(() => startingBasket(data));
  const [outcome, setOutcome] = useState<SendOutcome | undefined>(data.pending ? (data.pending.refusedCode ? { state: "refused", code: data.pending.refusedCode } : { state: "not-sent" }) : undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const open = passage.open;
  const items = catalogue.shelves.flatMap((s) => s.items);
  const total = items.reduce((sum, item) => sum + (basket.get(item.offerId) ?? 0) * item.unitPriceCents, 0);
  const count = [...basket.values()].reduce((a, b) => a + b, 0);
  const liveOrder = order && order.status !== "cancelled" ? order : undefined;

  const setQuantity = (offerId: string, quantity: number) => {
    setOutcome(undefined);
    setBasket((b) => new Map(b).set(offerId, quantity));
  };

  async function send(lines: { offerId: string; quantity: number }[]) {
    setBusy(true);
    setError(undefined);
    const result = await submitBasket({ householdId: catalogue.householdId, passageId: passage.id, orderId: liveOrder?.id, lines });
    setBusy(false);
    setOutcome(result);
    if (result.state === "received") reload();
  }

  async function repeat() {
    setBusy(true);
    setError(undefined);
    try {
      await residentApi.repeat(catalogue.householdId, passage.id);
      reload();
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setBusy(false);
    }
  }

  const lines = [...basket].filter(([, q]) => q > 0).map(([offerId, quantity]) => ({ offerId, quantity }));
  const eta = etaSentence(t, passage, locale);
  return (
    <>
      <p className="lead">{passageSentence(t, passage, locale)}</p>
      {eta && <p>{eta}</p>}
      {open ? <p className="cutoff">{cutoffSentence(t, passage, locale)}</p> : <p className="alert alert--info">{t("resident.order.locked")}</p>}
      {data.offline && <p className="alert alert--info">{t("resident.order.offlineCopy")}</p>}
      {catalogue.creditLeftCents !== null && <p className="credit">{t("resident.order.creditLeft", { amount: formatEuros(catalogue.creditLeftCents, locale) })}</p>}
      {open && !liveOrder && (
        <button type="button" className="button" disabled={busy} onClick={() => void repeat()}>
          {t("resident.order.sameAsLastTime")}
        </button>
      )}
      {catalogue.shelves.map((shelf) => (
        <section key={shelf.shelf} className="shelf" aria-labelledby={`shelf-${shelf.shelf}`}>
          <h2 id={`shelf-${shelf.shelf}`}>{shelf.shelf}</h2>
          <ul className="products">
            {shelf.items.map((item) => {
              const quantity = basket.get(item.offerId) ?? 0;
              // A catalogue kept offline before provenance was sent has none.
              const provenance = item.provenance ? provenanceText(t, item.provenance) : undefined;
              return (
                <li key={item.offerId} className="product">
                  <div className="product__text">
                    <span className="product__name">{item.name}</span>
                    {provenance && <span className="product__origin">{provenance.origin}</span>}
                    {provenance && provenance.marks.length > 0 && (
                      <span className="product__marks">
                        {provenance.marks.map((mark) => (
                          <span key={mark} className="mark">{mark}</span>
                        ))}
                      </span>
                    )}
                    <span className="product__price">{t("resident.order.price", { price: formatEuros(item.unitPriceCents, locale), unit: item.unit })}</span>
                    {item.available === 0 && <span>{t("resident.order.soldOut")}</span>}
                  </div>
                  <QuantityStepper name={item.name} quantity={quantity} max={Math.max(quantity, item.available)} disabled={!open || busy} onChange={(q) => setQuantity(item.offerId, q)} />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <section className="basket" aria-labelledby="basket-title">
        <h2 id="basket-title">{t("resident.order.basket")}</h2>
        <p aria-live="polite">{t("resident.order.basketTotal", { count, total: formatEuros(total, locale) })}</p>
        <p>{t("resident.order.payAtDelivery")}</p>
        {outcome && (
          <p className={`alert ${outcome.state === "refused" ? "alert--error" : "alert--info"}`} role="status">
            {outcome.state === "received" ? t("resident.order.sent") : outcome.state === "not-sent" ? t("resident.order.notSentLong") : t(`coordinator.apiErrors.${outcome.code ?? "none"}`, { defaultValue: t("errors.unexpected") })}
          </p>
        )}
        <FormAlert message={error} />
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
    </>
  );
}
