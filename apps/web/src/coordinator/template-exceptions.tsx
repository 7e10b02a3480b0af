import type { TourTemplateView } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { SavedNote, useSave } from "./catalogue-save";
import { coordinatorApi } from "./coordinator-api";
import { dayLabel } from "./week-dates";

/** Dates a round does not run (a bank holiday, the truck at the garage) or skips one halt; each can be taken back. */
export function TemplateExceptions({ template, onSaved }: { template: TourTemplateView; onSaved(saved: TourTemplateView): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [state, run] = useSave();
  const [date, setDate] = useState("");
  const [stopId, setStopId] = useState("");
  const [reason, setReason] = useState("");
  const { errors } = state;
  const stopName = (id: string | null) => template.halts.find((h) => h.stopId === id)?.stopName ?? "";
  const when = (d: string) => dayLabel(d, locale);

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(async () => {
      const saved = await coordinatorApi.addTemplateException(template.id, { date, reason: reason.trim(), ...(stopId ? { stopId } : {}) });
      onSaved(saved);
      setDate("");
      setReason("");
      return t(stopId ? "coordinator.templates.exceptionHaltAdded" : "coordinator.templates.exceptionAdded", { date: when(date), stop: stopName(stopId) });
    });
  }

  function remove(day: string) {
    void run(async () => {
      onSaved(await coordinatorApi.removeTemplateExceptions(template.id, day));
      return t("coordinator.templates.exceptionRemoved", { date: when(day) });
    });
  }

  const id = `exceptions-${template.id}`;
  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>{t("coordinator.templates.exceptions")}</h2>
      {template.exceptions.length === 0 ? (
        <p>{t("coordinator.templates.noException")}</p>
      ) : (
        <ul className="plain-list">
          {template.exceptions.map((e) => (
            <li key={e.id}>
              {e.stopId
                ? t("coordinator.templates.exceptionHalt", { date: when(e.date), stop: stopName(e.stopId), reason: e.reason })
                : t("coordinator.templates.exceptionDay", { date: when(e.date), reason: e.reason })}{" "}
              <button type="button" className="link-button" onClick={() => remove(e.date)}>{t("coordinator.templates.removeException", { date: when(e.date) })}</button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate aria-labelledby={`${id}-add`}>
        <h3 id={`${id}-add`}>{t("coordinator.templates.addException")}</h3>
        <FormAlert message={state.alert} />
        <TextField type="date" label={t("coordinator.templates.exceptionDate")} value={date} onChange={(e) => setDate(e.target.value)} error={errors.date && t("coordinator.fieldErrors.date")} />
        <div className="field">
          <label htmlFor={`${id}-scope`}>{t("coordinator.templates.exceptionScope")}</label>
          {errors.stopId && <p className="field__error">{errors.stopId}</p>}
          <select id={`${id}-scope`} value={stopId} onChange={(e) => setStopId(e.target.value)}>
            <option value="">{t("coordinator.templates.wholeRound")}</option>
            {template.halts.map((h) => <option key={h.stopId} value={h.stopId}>{t("coordinator.templates.onlyHalt", { stop: h.stopName })}</option>)}
          </select>
        </div>
        <TextField label={t("coordinator.templates.reason")} hint={t("coordinator.templates.reasonHint")} value={reason} onChange={(e) => setReason(e.target.value)} error={errors.reason && t("coordinator.fieldErrors.required")} />
        <SavedNote message={state.saved} />
        <button type="submit" className="button button--primary" disabled={state.busy}>{t("coordinator.templates.addException")}</button>
      </form>
    </section>
  );
}
