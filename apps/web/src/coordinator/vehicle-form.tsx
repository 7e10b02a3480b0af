import { COMPARTMENTS, type Compartment, type Site, type Vehicle } from "@tournee/domain";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { SavedNote, useSave } from "./catalogue-save";
import { coordinatorApi } from "./coordinator-api";
import { eurosText } from "./catalogue-input";
import { minuteText } from "./money";
import { useLocale } from "../i18n/use-locale";
import { compartmentErrors, vehicleFrom } from "./vehicle-input";

/**
 * Adds a vehicle, or changes one when `vehicle` is given: where it starts, its working hours and
 * what each compartment holds, whether it comes back to reload between trips, and whether it is a
 * volunteer's own car (with the mileage allowance owed). What was typed stays on screen when the server refuses it.
 */
export function VehicleForm({ organisationId, sites, drivers, vehicle, onSaved }: { organisationId: string; sites: Site[]; drivers: readonly { id: string; displayName: string }[]; vehicle?: Vehicle; onSaved(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [reloads, setReloads] = useState(vehicle?.reloadMinutes != null);
  const [state, run] = useSave();
  const { errors } = state;
  const say = (path: string, key: string) => (errors[path] ? t(key) : undefined);
  const capacityOf = (c: Compartment) => vehicle?.compartments.find((x) => x.compartment === c)?.capacity;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const typed = vehicleFrom(new FormData(form));
    const sent = typed.compartments.map((c) => c.compartment);
    const saved = await run(
      async () => {
        if (vehicle) {
          const changed = await coordinatorApi.updateVehicle(vehicle.id, { ...typed, plate: typed.plate || null });
          return t("coordinator.fleet.saved", { name: changed.name });
        }
        const created = await coordinatorApi.createVehicle({ ...typed, organisationId, ...(typed.plate ? {} : { plate: undefined }) });
        return t("coordinator.fleet.added", { name: created.name });
      },
      (error) => compartmentErrors(error, sent),
    );
    if (saved) {
      if (!vehicle) form.reset();
      onSaved();
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{vehicle ? t("coordinator.fleet.editTitle", { name: vehicle.name }) : t("coordinator.fleet.add")}</h2>
      <FormAlert message={state.alert} />
      <TextField name="name" maxLength={80} autoComplete="off" label={t("coordinator.fleet.name")} defaultValue={vehicle?.name} error={say("name", "coordinator.fieldErrors.required")} />
      <TextField name="plate" maxLength={20} autoComplete="off" label={t("coordinator.fleet.plate")} defaultValue={vehicle?.plate ?? ""} error={errors.plate} />
      <div className="field">
        <label htmlFor={`${id}-site`}>{t("coordinator.fleet.site")}</label>
        <select id={`${id}-site`} name="homeSiteId" defaultValue={vehicle?.homeSite.id}>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>{s.name}</option>
          ))}
        </select>
      </div>
      <TextField name="start" type="time" label={t("coordinator.fleet.start")} defaultValue={minuteText(vehicle?.workStartMinute ?? 420)} error={say("workStartMinute", "coordinator.fieldErrors.time")} />
      <TextField name="end" type="time" label={t("coordinator.fleet.end")} defaultValue={minuteText(vehicle?.workEndMinute ?? 1080)} error={say("workEndMinute", "coordinator.fieldErrors.endAfterStart")} />
      {COMPARTMENTS.map((c) => (
        <TextField
          key={c} name={c} inputMode="numeric" autoComplete="off" defaultValue={capacityOf(c) ?? ""}
          label={t("coordinator.fleet.capacity", { name: t(`coordinator.compartments.${c}`) })} error={say(c, "coordinator.fleet.capacityInvalid")}
        />
      ))}
      <fieldset className="field">
        <legend>{t("coordinator.fleet.trips")}</legend>
        <label className="check">
          <input type="checkbox" name="reloads" checked={reloads} onChange={(e) => setReloads(e.target.checked)} /> {t("coordinator.fleet.reloads")}
        </label>
        {reloads && (
          <>
            <TextField name="reloadMinutes" inputMode="numeric" autoComplete="off" label={t("coordinator.fleet.reloadMinutes")} defaultValue={vehicle?.reloadMinutes ?? 20} error={say("reloadMinutes", "coordinator.fleet.reloadMinutesInvalid")} />
            <TextField name="maxTrips" inputMode="numeric" autoComplete="off" label={t("coordinator.fleet.maxTrips")} defaultValue={vehicle?.maxTrips ?? ""} error={say("maxTrips", "coordinator.fleet.maxTripsInvalid")} />
          </>
        )}
      </fieldset>
      <fieldset className="field">
        <legend>{t("coordinator.fleet.volunteerCar")}</legend>
        <div className="field">
          <label htmlFor={`${id}-owner`}>{t("coordinator.fleet.owner")}</label>
          <select id={`${id}-owner`} name="ownerId" defaultValue={vehicle?.owner?.id ?? ""} aria-invalid={errors.ownerId ? true : undefined}>
            <option value="">{t("coordinator.fleet.noOwner")}</option>
            {drivers.map((d) => (
              <option key={d.id} value={d.id}>{d.displayName}</option>
            ))}
          </select>
          {errors.ownerId && <p className="field__error">{t("coordinator.fleet.ownerInvalid")}</p>}
        </div>
        <TextField
          name="allowance" inputMode="decimal" autoComplete="off" label={t("coordinator.fleet.allowance")}
          defaultValue={vehicle?.mileageAllowanceCents != null ? eurosText(vehicle.mileageAllowanceCents, locale) : ""} error={say("mileageAllowanceCents", "coordinator.fleet.allowanceInvalid")}
        />
      </fieldset>
      <button type="submit" className="button button--primary" aria-busy={state.busy || undefined}>
        {vehicle ? t("coordinator.fleet.save", { name: vehicle.name }) : t("coordinator.fleet.add")}
      </button>
      <SavedNote message={state.saved} />
    </form>
  );
}
