import type { Driver } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { minuteFromTime } from "./catalogue-input";
import { SavedNote, useSave } from "./catalogue-save";
import { coordinatorApi } from "./coordinator-api";
import { minuteText } from "./money";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const WHOLE_DAY = { fromMinute: 0, toMinute: 1440 };

interface Row {
  key: number;
  /** A weekday ("1"–"7") for a weekly slot, a date for an exception: exactly one of the two. */
  when: string;
  from: string;
  to: string;
  available: boolean;
}

const rowsOf = (driver: Driver, weekly: boolean): Row[] =>
  driver.availability
    .filter((s) => (s.weekday !== null) === weekly)
    .map((s, i) => ({ key: i + 1, when: weekly ? String(s.weekday) : (s.date ?? ""), from: minuteText(s.fromMinute), to: minuteText(Math.min(s.toMinute, 1439)), available: s.available }));

const minutes = (r: Row) => ({ fromMinute: minuteFromTime(r.from) ?? Number.NaN, toMinute: minuteFromTime(r.to) ?? Number.NaN });

/** A driver's weekly slots and dated exceptions (a day off, or a one-off slot), saved together. */
export function AvailabilityForm({ driver, organisationId, onSaved }: { driver: Driver; organisationId: string; onSaved(): void }) {
  const { t } = useTranslation();
  const [weekly, setWeekly] = useState(() => rowsOf(driver, true));
  const [dated, setDated] = useState(() => rowsOf(driver, false));
  const [state, run] = useSave();
  const { errors } = state;
  const say = (path: string, key: string) => (errors[path] ? t(`coordinator.fieldErrors.${key}`) : undefined);
  const next = (rows: Row[]) => Math.max(0, ...rows.map((r) => r.key)) + 1;
  const edit = (rows: Row[], set: (rows: Row[]) => void, i: number, patch: Partial<Row>) => set(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(async () => {
      await coordinatorApi.setDriverAvailability(driver.id, {
        organisationId,
        weekly: weekly.map((r) => ({ weekday: Number(r.when), ...minutes(r) })),
        dated: dated.map((r) => ({ date: r.when, available: r.available, ...(r.available ? minutes(r) : WHOLE_DAY) })),
      });
      onSaved();
      return t("coordinator.fleet.availabilitySaved", { name: driver.displayName, slots: weekly.length, dates: dated.length });
    });
  }

  const id = `availability-${driver.id}`;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t("coordinator.fleet.availabilityOf", { name: driver.displayName })}</h4>
      <FormAlert message={state.alert} />
      <fieldset>
        <legend>{t("coordinator.fleet.weekly")}</legend>
        {weekly.map((r, i) => {
          const n = i + 1;
          const set = (patch: Partial<Row>) => edit(weekly, setWeekly, i, patch);
          return (
            <fieldset key={r.key}>
              <legend>{t("coordinator.fleet.slotN", { n })}</legend>
              <div className="field">
                <label htmlFor={`${id}-w${r.key}`}>{t("coordinator.fleet.slotDay", { n })}</label>
                <select id={`${id}-w${r.key}`} value={r.when} onChange={(e) => set({ when: e.target.value })}>
                  {WEEKDAYS.map((w) => <option key={w} value={w}>{t(`coordinator.weekdays.${w}`)}</option>)}
                </select>
              </div>
              <TextField type="time" label={t("coordinator.fleet.slotFrom", { n })} value={r.from} onChange={(e) => set({ from: e.target.value })} error={say(`weekly.${i}.fromMinute`, "time")} />
              <TextField type="time" label={t("coordinator.fleet.slotTo", { n })} value={r.to} onChange={(e) => set({ to: e.target.value })} error={say(`weekly.${i}.toMinute`, r.to ? "endAfterStart" : "time")} />
              <button type="button" className="button" onClick={() => setWeekly(weekly.filter((_, j) => j !== i))}>{t("coordinator.fleet.removeSlot", { n })}</button>
            </fieldset>
          );
        })}
        <button type="button" className="button" onClick={() => setWeekly([...weekly, { key: next(weekly), when: "1", from: "08:00", to: "17:00", available: true }])}>
          {t("coordinator.fleet.addSlot")}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t("coordinator.fleet.dated")}</legend>
        {dated.map((r, i) => {
          const n = i + 1;
          const set = (patch: Partial<Row>) => edit(dated, setDated, i, patch);
          return (
            <fieldset key={r.key}>
              <legend>{t("coordinator.fleet.dateN", { n })}</legend>
              <TextField type="date" label={t("coordinator.fleet.dateDay", { n })} value={r.when} onChange={(e) => set({ when: e.target.value })} error={say(`dated.${i}.date`, "date")} />
              <label className="check">
                <input type="checkbox" checked={!r.available} onChange={(e) => set({ available: !e.target.checked })} />
                {t("coordinator.fleet.dayOff", { n })}
              </label>
              {r.available && (
                <>
                  <TextField type="time" label={t("coordinator.fleet.dateFrom", { n })} value={r.from} onChange={(e) => set({ from: e.target.value })} error={say(`dated.${i}.fromMinute`, "time")} />
                  <TextField type="time" label={t("coordinator.fleet.dateTo", { n })} value={r.to} onChange={(e) => set({ to: e.target.value })} error={say(`dated.${i}.toMinute`, r.to ? "endAfterStart" : "time")} />
                </>
              )}
              <button type="button" className="button" onClick={() => setDated(dated.filter((_, j) => j !== i))}>{t("coordinator.fleet.removeDate", { n })}</button>
            </fieldset>
          );
        })}
        <button type="button" className="button" onClick={() => setDated([...dated, { key: next(dated), when: "", from: "08:00", to: "12:00", available: false }])}>
          {t("coordinator.fleet.addDate")}
        </button>
      </fieldset>
      <SavedNote message={state.saved} />
      <button type="submit" className="button button--primary" disabled={state.busy}>{t("coordinator.fleet.saveAvailability", { name: driver.displayName })}</button>
    </form>
  );
}
