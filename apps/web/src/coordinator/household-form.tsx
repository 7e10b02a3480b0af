import type { Household, HouseholdInput } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/api-error";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { describeError } from "./describe-error";

const TEXT_FIELDS = ["name", "addressLine", "postcode", "city", "phone", "accessNotes"] as const;
const NUMBER_FIELDS = ["latitude", "longitude", "peopleCount"] as const;

function inputFrom(form: FormData): HouseholdInput {
  const out: Record<string, unknown> = {};
  for (const f of TEXT_FIELDS) {
    const v = String(form.get(f) ?? "").trim();
    if (v) out[f] = v;
  }
  for (const f of NUMBER_FIELDS) {
    const v = String(form.get(f) ?? "").trim().replace(",", ".");
    if (v) out[f] = Number(v);
  }
  out.mobility = form.get("mobility");
  return out as HouseholdInput;
}

/** Create or edit a household; the server's field errors appear under each field. */
export function HouseholdForm({ household, onSave }: { household?: Household | undefined; onSave(input: HouseholdInput): Promise<void> }) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    setErrors({});
    setAlert(undefined);
    try {
      await onSave(inputFrom(new FormData(event.currentTarget)));
      setSaved(true);
    } catch (error) {
      if (isApiError(error)) setErrors(error.fieldMessages());
      setAlert(isApiError(error) && error.problem?.code === "validation_failed" ? t("errors.checkFields") : describeError(t, error));
    } finally {
      setBusy(false);
    }
  }

  const value = (f: (typeof TEXT_FIELDS)[number] | (typeof NUMBER_FIELDS)[number]) => (household ? String(household[f] ?? "") : "");
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="panel">
      <FormAlert message={alert} />
      {TEXT_FIELDS.map((f) => (
        <TextField key={f} name={f} label={t(`coordinator.households.fields.${f}`)} defaultValue={value(f)} error={errors[f]} autoComplete="off" />
      ))}
      {NUMBER_FIELDS.map((f) => (
        <TextField key={f} name={f} label={t(`coordinator.households.fields.${f}`)} defaultValue={value(f)} error={errors[f]} inputMode="decimal" />
      ))}
      <div className="field">
        <label htmlFor="mobility">{t("coordinator.households.mobility")}</label>
        <select id="mobility" name="mobility" defaultValue={household?.mobility ?? "comes_to_halt"}>
          <option value="comes_to_halt">{t("coordinator.households.mobilities.comes_to_halt")}</option>
          <option value="needs_home_drop">{t("coordinator.households.mobilities.needs_home_drop")}</option>
        </select>
      </div>
      {saved && <p className="alert alert--info" role="status">{t("coordinator.saved")}</p>}
      <button type="submit" className="button button--primary" disabled={busy}>
        {t("coordinator.save")}
      </button>
    </form>
  );
}
