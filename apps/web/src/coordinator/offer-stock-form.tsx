import type { Offer, TourTemplateView } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { wholeNumber } from "./catalogue-input";
import { SavedNote, useSave } from "./catalogue-save";
import { coordinatorApi } from "./coordinator-api";
import { LoadState } from "./load-state";
import { useLoad } from "./use-load";
import { dayLabel } from "./week-dates";

/** How many units of an offer one round carries on one date; never below what is already ordered. */
export function OfferStockForm({ offer, templates }: { offer: Offer; templates: TourTemplateView[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [state, run] = useSave();
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? "");
  const [date, setDate] = useState("");
  const [quantity, setQuantity] = useState("");
  const { errors } = state;
  const [stock, reload] = useLoad(() => coordinatorApi.offerStock(offer.id), [offer.id]);
  /** A row without round is the stock of the one-off passages of its date. */
  const roundName = (id: string | null) => (id === null ? t("coordinator.catalogue.oneOffPassages") : (templates.find((x) => x.id === id)?.name ?? ""));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(async () => {
      const saved = await coordinatorApi.setOfferStock(offer.id, { templateId: templateId || null, date, quantity: wholeNumber(quantity) ?? Number.NaN });
      const round = roundName(saved.templateId);
      reload();
      return t("coordinator.catalogue.stockSaved", { quantity: saved.quantity, reserved: saved.reserved, round, date: dayLabel(saved.date, locale) });
    }, (error) => (isApiError(error) && error.problem?.code === "conflict" ? { quantity: t("coordinator.catalogue.belowReserved") } : undefined));
  }

  const id = `stock-${offer.id}`;
  if (templates.length === 0) return <p>{t("coordinator.catalogue.noRound")}</p>;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="panel">
      <h3 id={`${id}-title`}>{t("coordinator.catalogue.stockTitle")}</h3>
      <p className="field__hint">{t("coordinator.catalogue.stockHint")}</p>
      <FormAlert message={state.alert} />
      <div className="field">
        <label htmlFor={`${id}-round`}>{t("coordinator.catalogue.round")}</label>
        <select id={`${id}-round`} value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
          {templates.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
          <option value="">{t("coordinator.catalogue.oneOffPassages")}</option>
        </select>
      </div>
      <TextField type="date" label={t("coordinator.catalogue.date")} value={date} onChange={(e) => setDate(e.target.value)} error={errors.date && t("coordinator.fieldErrors.date")} />
      <TextField inputMode="numeric" label={t("coordinator.catalogue.quantity")} value={quantity} onChange={(e) => setQuantity(e.target.value)} error={errors.quantity && (errors.quantity === t("coordinator.catalogue.belowReserved") ? errors.quantity : t("coordinator.fieldErrors.wholeNumber"))} />
      <SavedNote message={state.saved} />
      <button type="submit" className="button button--primary" disabled={state.busy}>{t("coordinator.catalogue.saveStock")}</button>
      <LoadState load={stock} retry={reload}>
        {(rows) =>
          rows.length === 0 ? (
            <p>{t("coordinator.catalogue.noStock")}</p>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-planned`}>
              <table className="table">
                <caption id={`${id}-planned`}>{t("coordinator.catalogue.plannedStock")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("coordinator.catalogue.date")}</th>
                    <th scope="col">{t("coordinator.catalogue.round")}</th>
                    <th scope="col">{t("coordinator.catalogue.quantity")}</th>
                    <th scope="col">{t("coordinator.catalogue.reserved")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={`${r.date}-${r.templateId}`}>
                      <th scope="row">{dayLabel(r.date, locale)}</th>
                      <td>{roundName(r.templateId)}</td>
                      <td>{r.quantity}</td>
                      <td>{r.reserved}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </LoadState>
    </form>
  );
}
