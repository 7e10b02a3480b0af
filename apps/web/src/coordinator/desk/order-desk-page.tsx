import "../../ordering/ordering.css";
import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { Link, useParams, useSearchParams } from "react-router";
import { isApiError } from "../../api/api-error";
import { useLocale } from "../../i18n/use-locale";
import { usePageTitle } from "../../layout/use-page-title";
import { BasketLines, basketTotals } from "../../ordering/basket-lines";
import { ProductPicker } from "../../ordering/product-picker";
import { FormAlert } from "../../ui/form-alert";
import { TextField } from "../../ui/text-field";
import { coordinatorApi } from "../coordinator-api";
import { describeError } from "../describe-error";
import { LoadState } from "../load-state";
import { formatEuros } from "../money";
import { useLoad } from "../use-load";
import { deskApi, type DeskEntry } from "./desk-api";
import { cutoffLabel, dateLabel, passageLabel } from "./desk-text";

type DeskData = Awaited<ReturnType<typeof loadDesk>>;

async function loadDesk(householdId: string, passageId: string) {
  const [household, catalogue, passages] = await Promise.all([coordinatorApi.household(householdId), coordinatorApi.catalogue(passageId, householdId), deskApi.passages(householdId)]);
  const placed = passages.find((p) => p.id === passageId)?.order;
  const order = placed && placed.status !== "cancelled" ? await deskApi.order(placed.id) : undefined;
  return { household, catalogue, order };
}

/**
 * The order desk: a coordinator keys in a household's order heard on the phone or read from a
 * paper slip, at the household's price; after the cutoff, saying why.
 */
export function OrderDeskPage() {
  const { t } = useTranslation();
  const { id = "", passageId = "" } = useParams();
  const [load, retry] = useLoad(() => loadDesk(id, passageId), [id, passageId]);
  const [saved, setSaved] = useState<string>();
  usePageTitle(load.status === "ready" ? t("coordinator.desk.title", { name: load.data.household.name }) : t("coordinator.desk.titleShort"));
  return (
    <LoadState load={load} retry={retry}>
      {(data) => <DeskForm key={`${data.order?.version ?? 0}`} data={data} saved={saved} onSaved={(text) => { setSaved(text); retry(); }} />}
    </LoadState>
  );
}

function DeskForm({ data, saved, onSaved }: { data: DeskData; saved: string | undefined; onSaved(text: string): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const { household, catalogue, order } = data;
  const passage = catalogue.passage;
  const late = !passage.open;
  const [basket, setBasket] = useState(() => new Map((order?.lines ?? []).map((l) => [l.offerId, l.quantity])));
  const [channel, setChannel] = useState<DeskEntry["channel"]>(order?.channel === "paper" ? "paper" : "phone");
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const lines = [...basket].filter(([, q]) => q > 0).map(([offerId, quantity]) => ({ offerId, quantity }));
  const { count, totalCents } = basketTotals(catalogue, basket);
  const how: DeskEntry = { channel, lateReason: late ? reason.trim() : undefined };
  const fromCalls = searchParams.get("depuis") === "appels";

  async function run(action: () => Promise<{ totalCents: number }>, done: (total: string) => string) {
    setBusy(true);
    setError(undefined);
    setFieldErrors({});
    try {
      const result = await action();
      onSaved(done(formatEuros(result.totalCents, locale)));
    } catch (e) {
      if (isApiError(e)) setFieldErrors(e.fieldMessages());
      setError(describeError(t, e));
    } finally {
      setBusy(false);
    }
  }

  const save = () => run(() => (order ? deskApi.change(order.id, order.version, lines, how) : deskApi.place(household.id, passage.id, lines, how)), (total) => t("coordinator.desk.saved", { total }));
  const repeat = () => run(() => deskApi.repeat(household.id, passage.id, how), (total) => t("coordinator.desk.repeated", { total }));
  const cancel = () => run(async () => ({ totalCents: (await deskApi.cancel(order!.id)).totalCents }), () => t("coordinator.desk.cancelled"));

  return (
    <>
      <h1>{t("coordinator.desk.title", { name: household.name })}</h1>
      <p className="lead">{passageLabel(t, passage, locale)}</p>
      <p>{household.phone ? <>{t("coordinator.desk.phone")} <a href={`tel:${household.phone.replace(/\s/g, "")}`}>{household.phone}</a></> : t("coordinator.desk.noPhone")}</p>
      {saved && <p className="alert alert--info" role="status">{saved}</p>}
      <p className={late ? "alert alert--info" : undefined}>
        {late ? t("coordinator.desk.late", { when: cutoffLabel(t, passage, locale) }) : t("coordinator.desk.cutoff", { when: cutoffLabel(t, passage, locale) })}
      </p>
      {catalogue.creditLeftCents !== null && <p>{t("coordinator.desk.creditLeft", { amount: formatEuros(catalogue.creditLeftCents, locale) })}</p>}
      <fieldset className="panel">
        <legend>{t("coordinator.desk.channel")}</legend>
        {(["phone", "paper"] as const).map((c) => (
          <label key={c} className="check">
            <input type="radio" name="channel" value={c} checked={channel === c} onChange={() => setChannel(c)} />
            {t(`coordinator.desk.channels.${c}`)}
          </label>
        ))}
      </fieldset>
      {late && (
        <TextField label={t("coordinator.desk.reason")} hint={t("coordinator.desk.reasonHint")} value={reason} maxLength={300} error={fieldErrors.lateReason ? t("coordinator.desk.reasonMissing") : undefined} onChange={(e) => setReason(e.target.value)} />
      )}
      <FormAlert message={error} />
      {!order && catalogue.lastOrder && (
        <p>
          <button type="button" className="button" disabled={busy} onClick={() => void repeat()}>
            {t("coordinator.desk.sameAsLastTime", { date: dateLabel(catalogue.lastOrder.date, locale), count: catalogue.lastOrder.lineCount })}
          </button>
        </p>
      )}
      <ProductPicker catalogue={catalogue} basket={basket} disabled={busy} onChange={(offerId, q) => setBasket((b) => new Map(b).set(offerId, q))} usualLabel={t("coordinator.desk.usual")} />
      <section className="basket" aria-labelledby="desk-basket">
        <h2 id="desk-basket">{t("coordinator.desk.basket")}</h2>
        <BasketLines catalogue={catalogue} basket={basket} />
        <p aria-live="polite">{t("ordering.summary", { count, total: formatEuros(totalCents, locale) })}</p>
        <div className="actions">
          <button type="button" className="button button--primary" disabled={busy || lines.length === 0} onClick={() => void save()}>
            {order ? t("coordinator.desk.saveChanges") : t("coordinator.desk.save")}
          </button>
          {order && !late && (
            <button type="button" className="button" disabled={busy} onClick={() => void cancel()}>
              {t("coordinator.desk.cancel")}
            </button>
          )}
        </div>
      </section>
      <p>
        {fromCalls ? <Link to={`/coordination/passages/${passage.id}/a-appeler`}>{t("coordinator.desk.backToCalls")}</Link> : <Link to={`/coordination/foyers/${household.id}`}>{t("coordinator.desk.backToHousehold", { name: household.name })}</Link>}
      </p>
    </>
  );
}
