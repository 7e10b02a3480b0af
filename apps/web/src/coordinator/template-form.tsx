import type { Stop, TourTemplateView, Vehicle } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { minuteFromTime, wholeNumber } from "./catalogue-input";
import { SavedNote, useSave } from "./catalogue-save";
import { coordinatorApi } from "./coordinator-api";
import { minuteText } from "./money";
import { TemplateHalts, type HaltDraft } from "./template-halts";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

interface Draft {
  name: string;
  weekday: string;
  everyWeeks: string;
  startDate: string;
  endDate: string;
  departure: string;
  vehicleId: string;
  active: boolean;
  halts: HaltDraft[];
}

function draftOf(template: TourTemplateView | undefined): Draft {
  return {
    name: template?.name ?? "", weekday: String(template?.weekday ?? 2), everyWeeks: String(template?.everyWeeks ?? 1),
    startDate: template?.startDate ?? "", endDate: template?.endDate ?? "", departure: template ? minuteText(template.departureMinute) : "08:00",
    vehicleId: template?.vehicleId ?? "", active: template?.active ?? true,
    halts: (template?.halts ?? []).map((h, i) => ({ key: i + 1, stopId: h.stopId, arrival: minuteText(h.arrivalMinute), dwell: String(h.dwellMinutes) })),
  };
}

/** What the API takes; what cannot be read is sent as null so the server names the field. */
function inputOf(d: Draft) {
  return {
    name: d.name.trim(), weekday: Number(d.weekday), everyWeeks: wholeNumber(d.everyWeeks) ?? Number.NaN, startDate: d.startDate,
    endDate: d.endDate || null, active: d.active, departureMinute: minuteFromTime(d.departure) ?? Number.NaN, vehicleId: d.vehicleId || null,
    halts: d.halts.map((h) => ({ stopId: h.stopId, arrivalMinute: minuteFromTime(h.arrival) ?? Number.NaN, dwellMinutes: wholeNumber(h.dwell) ?? Number.NaN })),
  };
}

/** Creates or edits a round template: its day, recurrence, period, departure, vehicle and timed halts. */
export function TemplateForm({ template, organisationId, stops, vehicles, onSaved }: {
  template?: TourTemplateView | undefined;
  organisationId: string;
  stops: Stop[];
  vehicles: Vehicle[];
  onSaved(saved: TourTemplateView): void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(template));
  const [state, run] = useSave();
  const { errors } = state;
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const say = (field: string, key: string) => (errors[field] ? t(`coordinator.fieldErrors.${key}`) : undefined);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(async () => {
      const { active, ...input } = inputOf(draft);
      const saved = template ? await coordinatorApi.updateTemplate(template.id, { ...input, active }) : await coordinatorApi.createTemplate({ ...input, organisationId });
      onSaved(saved);
      return t("coordinator.templates.saved", { name: saved.name, day: t(`coordinator.weekdays.${saved.weekday}`), count: saved.halts.length });
    });
  }

  const id = template ? `template-${template.id}` : "new-template";
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>{template ? t("coordinator.templates.editTitle", { name: template.name }) : t("coordinator.templates.create")}</h2>
      <FormAlert message={state.alert} />
      <TextField label={t("coordinator.templates.name")} value={draft.name} onChange={(e) => set({ name: e.target.value })} error={say("name", "required")} autoComplete="off" />
      <div className="field">
        <label htmlFor={`${id}-weekday`}>{t("coordinator.templates.weekday")}</label>
        <select id={`${id}-weekday`} value={draft.weekday} onChange={(e) => set({ weekday: e.target.value })}>
          {WEEKDAYS.map((w) => <option key={w} value={w}>{t(`coordinator.weekdays.${w}`)}</option>)}
        </select>
      </div>
      <TextField inputMode="numeric" label={t("coordinator.templates.everyWeeks")} hint={t("coordinator.templates.everyWeeksHint")} value={draft.everyWeeks} onChange={(e) => set({ everyWeeks: e.target.value })} error={say("everyWeeks", "everyWeeks")} />
      <TextField type="date" label={t("coordinator.templates.startDate")} value={draft.startDate} onChange={(e) => set({ startDate: e.target.value })} error={say("startDate", "date")} />
      <TextField type="date" label={t("coordinator.templates.endDate")} value={draft.endDate} onChange={(e) => set({ endDate: e.target.value })} error={say("endDate", "endDate")} />
      <TextField type="time" label={t("coordinator.templates.departure")} value={draft.departure} onChange={(e) => set({ departure: e.target.value })} error={say("departureMinute", "time")} />
      <div className="field">
        <label htmlFor={`${id}-vehicle`}>{t("coordinator.templates.vehicle")}</label>
        {errors.vehicleId && <p className="field__error">{errors.vehicleId}</p>}
        <select id={`${id}-vehicle`} value={draft.vehicleId} onChange={(e) => set({ vehicleId: e.target.value })}>
          <option value="">{t("coordinator.templates.anyVehicle")}</option>
          {vehicles.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
        </select>
      </div>
      {template && (
        <label className="check">
          <input type="checkbox" checked={draft.active} onChange={(e) => set({ active: e.target.checked })} />
          {t("coordinator.templates.active")}
        </label>
      )}
      <TemplateHalts halts={draft.halts} stops={stops} errors={errors} onChange={(halts) => set({ halts })} />
      <SavedNote message={state.saved} />
      <button type="submit" className="button button--primary" disabled={state.busy}>
        {template ? t("coordinator.templates.save") : t("coordinator.templates.create")}
      </button>
    </form>
  );
}
