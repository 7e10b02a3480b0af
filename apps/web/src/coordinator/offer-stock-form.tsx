import type { Offer, TourTemplateView } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/api-error";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { wholeNumber } from "./catalogue-input";
import { SavedNote, useSave } from "./catalogue-save";
import { coordinatorApi } from "./coordinator-api";
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

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(async () => {
      const saved = await coordinatorApi.setOfferStock(offer.id, { templateId, date, quantity: wholeNumber(quantity) ?? Number.NaN });
      const round = templates.find((x) => x.id === saved.templateId)?.name ?? "";
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
        </select>
      </div>
      <TextField type="date" label={t("coordinator.catalogue.date")} value={date} onChange={(e) => setDate(e.target.value)} error={errors.date} />
      <TextField inputMode="numeric" label={t("coordinator.catalogue.quantity")} value={quantity} onChange={(e) => setQuantity(e.target.value)} error={errors.quantity} />
      <SavedNote message={state.saved} />
      <button type="submit" className="button button--primary" disabled={state.busy}>{t("coordinator.catalogue.saveStock")}</button>
    </form>
  );
}
