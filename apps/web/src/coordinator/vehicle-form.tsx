import { COMPARTMENTS, type Site } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/api-error";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { coordinatorApi } from "./coordinator-api";
import { describeError } from "./describe-error";

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** Adds a vehicle: where it starts, its working hours and what each compartment holds. */
export function VehicleForm({ organisationId, sites, onSaved }: { organisationId: string; sites: Site[]; onSaved(): void }) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const plate = String(data.get("plate") ?? "").trim();
    setErrors({});
    setAlert(undefined);
    try {
      await coordinatorApi.createVehicle({
        organisationId,
        name: String(data.get("name") ?? "").trim(),
        ...(plate ? { plate } : {}),
        homeSiteId: String(data.get("homeSiteId")),
        workStartMinute: minutes(String(data.get("start"))),
        workEndMinute: minutes(String(data.get("end"))),
        compartments: COMPARTMENTS.flatMap((c) => {
          const capacity = Number(data.get(c) || 0);
          return capacity > 0 ? [{ compartment: c, capacity }] : [];
        }),
      });
      form.reset();
      onSaved();
    } catch (error) {
      if (isApiError(error)) setErrors(error.fieldMessages());
      setAlert(isApiError(error) && error.problem?.code === "validation_failed" ? t("errors.checkFields") : describeError(t, error));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="panel">
      <h2>{t("coordinator.fleet.add")}</h2>
      <FormAlert message={alert} />
      <TextField name="name" label={t("coordinator.fleet.name")} error={errors.name} />
      <TextField name="plate" label={t("coordinator.fleet.plate")} error={errors.plate} />
      <div className="field">
        <label htmlFor="home-site">{t("coordinator.fleet.site")}</label>
        <select id="home-site" name="homeSiteId">
          {sites.map((s) => (
            <option key={s.id} value={s.id}>{s.name}</option>
          ))}
        </select>
      </div>
      <TextField name="start" type="time" label={t("coordinator.fleet.start")} defaultValue="07:00" error={errors.workStartMinute} />
      <TextField name="end" type="time" label={t("coordinator.fleet.end")} defaultValue="18:00" error={errors.workEndMinute} />
      {COMPARTMENTS.map((c) => (
        <TextField key={c} name={c} inputMode="numeric" label={t("coordinator.fleet.capacity", { name: t(`coordinator.compartments.${c}`) })} error={errors.compartments} />
      ))}
      <button type="submit" className="button button--primary">{t("coordinator.fleet.add")}</button>
    </form>
  );
}
