import type { Household, HouseholdInput } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import type { AddressCandidate } from "./address-candidate";
import { AddressSearch } from "./address-search";
import { describeError } from "./describe-error";
import { HomeDropFields, homeDropsFrom } from "./home-drop-fields";
import { PinControls } from "./pin-controls";
import { PinMap } from "./pin-map";
import { readPosition } from "./pin-step";
import { useCoordinatedOrganisation } from "./use-organisation";

const TEXT_FIELDS = ["name", "addressLine", "postcode", "city", "citycode", "phone", "accessNotes"] as const;
const NUMBER_FIELDS = ["latitude", "longitude", "peopleCount"] as const;
/** Where the household lives: filled by the address search and the pin, or typed. */
const PLACE_FIELDS = ["addressLine", "postcode", "city", "latitude", "longitude"] as const;
type Place = Record<(typeof PLACE_FIELDS)[number] | "citycode", string>;
const fixed = (n: number) => n.toFixed(5);

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
  return { ...(out as HouseholdInput), ...homeDropsFrom(form) };
}

/**
 * Create or edit a household; the server's field errors appear under each field. `draft` fills a
 * new household from what someone else already knows of it (a referrer's referral).
 */
export function HouseholdForm({ household, draft, submitLabel, onSave }: {
  household?: Household | undefined; draft?: Partial<HouseholdInput> | undefined; submitLabel?: string; onSave(input: HouseholdInput): Promise<void>;
}) {
  const { t } = useTranslation();
  // A partner has no rounds: its households served at home get their parcels on the carrier's.
  const organisation = useCoordinatedOrganisation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [errorPaths, setErrorPaths] = useState<string[]>([]);
  const [alert, setAlert] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    setErrors({});
    setErrorPaths([]);
    setAlert(undefined);
    try {
      await onSave(inputFrom(new FormData(event.currentTarget)));
      setSaved(true);
    } catch (error) {
      if (isApiError(error)) {
        setErrors(error.fieldMessages());
        setErrorPaths((error.problem?.errors ?? []).map((e) => e.path));
      }
      setAlert(isApiError(error) && error.problem?.code === "validation_failed" ? t("errors.checkFields") : describeError(t, error));
    } finally {
      setBusy(false);
    }
  }

  const known = household ?? draft;
  const [mobility, setMobility] = useState(known?.mobility ?? "comes_to_halt");
  const value = (f: "name" | "phone" | "accessNotes" | "peopleCount") => String(known?.[f] ?? "");
  const [place, setPlace] = useState<Place>(() => ({
    addressLine: known?.addressLine ?? "", postcode: known?.postcode ?? "", city: known?.city ?? "", citycode: "",
    latitude: household ? String(household.latitude) : "", longitude: household ? String(household.longitude) : "",
  }));
  const position = readPosition(place.latitude, place.longitude);
  const moveTo = (lat: number, lng: number) => setPlace((p) => ({ ...p, latitude: fixed(lat), longitude: fixed(lng) }));
  const pickAddress = (c: AddressCandidate) =>
    setPlace((p) => ({ addressLine: c.street ?? p.addressLine, postcode: c.postcode ?? p.postcode, city: c.city ?? p.city, citycode: c.citycode ?? "", latitude: fixed(c.latitude), longitude: fixed(c.longitude) }));
  const placeField = (f: (typeof PLACE_FIELDS)[number]) => (
    <TextField key={f} name={f} label={t(`coordinator.households.fields.${f}`)} value={place[f]} error={errors[f]} autoComplete="off"
      inputMode={f === "latitude" || f === "longitude" ? "decimal" : undefined}
      onChange={(e) => setPlace({ ...place, [f]: e.target.value, ...(f === "city" || f === "postcode" ? { citycode: "" } : {}) })} />
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="panel">
      <FormAlert message={alert} />
      <TextField name="name" label={t("coordinator.households.fields.name")} defaultValue={value("name")} error={errors.name} autoComplete="off" />
      <fieldset>
        <legend>{t("coordinator.households.home")}</legend>
        <AddressSearch postcode={place.postcode} onPick={pickAddress} />
        {PLACE_FIELDS.slice(0, 3).map(placeField)}
        <input type="hidden" name="citycode" value={place.citycode} />
        <PinMap pins={[]} draft={position} label={t("coordinator.households.mapLabel")} help={t("coordinator.households.mapHelp")} onMove={(_, lat, lng) => moveTo(lat, lng)} onPlace={moveTo} />
        {PLACE_FIELDS.slice(3).map(placeField)}
        <PinControls position={position} onMove={moveTo} />
        {errors.citycode && <p className="field__error">{errors.citycode}</p>}
      </fieldset>
      {(["phone", "accessNotes"] as const).map((f) => (
        <TextField key={f} name={f} label={t(`coordinator.households.fields.${f}`)} defaultValue={value(f)} error={errors[f]} autoComplete="off" />
      ))}
      <TextField name="peopleCount" label={t("coordinator.households.fields.peopleCount")} defaultValue={value("peopleCount")} error={errors.peopleCount} inputMode="decimal" />
      <div className="field">
        <label htmlFor="mobility">{t("coordinator.households.mobility")}</label>
        <select id="mobility" name="mobility" value={mobility} onChange={(e) => setMobility(e.target.value as typeof mobility)}>
          <option value="comes_to_halt">{t("coordinator.households.mobilities.comes_to_halt")}</option>
          <option value="needs_home_drop">{t("coordinator.households.mobilities.needs_home_drop")}</option>
        </select>
      </div>
      {mobility === "needs_home_drop" && organisation?.kind === "partner" && (
        <p className="alert alert--info" id="partner-home-drops">{t("coordinator.households.homeDrops.carried")}</p>
      )}
      {mobility === "needs_home_drop" && organisation?.kind !== "partner" && (
        <HomeDropFields frequency={household?.homeDropFrequency ?? null} days={household?.homeDropDays ?? []} errors={errorPaths}
          athome={[...new Set((household?.homeAvailability ?? []).map((w) => w.weekday))].sort()} />
      )}
      {saved && <p className="alert alert--info" role="status">{t("coordinator.saved")}</p>}
      <button type="submit" className="button button--primary" disabled={busy}>
        {submitLabel ?? t("coordinator.save")}
      </button>
    </form>
  );
}
