/**
 * Creates or edits an organisation. What was typed stays on a refusal, and the server's field
 * errors appear under their fields, in the administrator's words.
 */
import { ORGANISATION_KINDS, type AdminOrganisation, type OrganisationInput } from "@tournee/domain";
import { useEffect, useRef, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { minuteFromTime, wholeNumber } from "../coordinator/catalogue-input";
import { SavedNote, useSave } from "../coordinator/catalogue-save";
import { minuteText } from "../coordinator/money";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";

/** Zones of metropolitan France and its overseas territories, offered first. */
const ZONES = ["Europe/Paris", "America/Guadeloupe", "America/Martinique", "America/Cayenne", "Indian/Reunion", "Indian/Mayotte", "Pacific/Noumea", "Pacific/Tahiti"];

export function organisationDraft(data: FormData): OrganisationInput {
  const text = (f: string) => String(data.get(f) ?? "").trim();
  const optional = (f: string) => text(f) || null;
  return {
    name: text("name"), kind: text("kind") as OrganisationInput["kind"],
    addressLine: optional("addressLine"), postcode: optional("postcode"), city: optional("city"), phone: optional("phone"), timeZone: text("timeZone"),
    cutoffDaysBefore: wholeNumber(text("cutoffDaysBefore")) ?? Number.NaN,
    cutoffMinute: minuteFromTime(text("cutoffTime")) ?? Number.NaN,
    defaultSocialPricing: data.get("defaultSocialPricing") === "on",
  };
}

export function OrganisationForm({ organisation, onSave }: { organisation?: AdminOrganisation; onSave(input: OrganisationInput): Promise<string> }) {
  const { t } = useTranslation();
  const [state, run] = useSave();
  const { errors } = state;
  const prefix = organisation ? `organisation-${organisation.id}` : "new-organisation";
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const error = (field: string) => errors[field] && t(`admin.organisations.errors.${field}`);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void run(() => onSave(organisationDraft(data)));
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`} className="panel">
      <h2 id={`${prefix}-title`} ref={title} tabIndex={-1}>{organisation ? t("admin.organisations.editTitle", { name: organisation.name }) : t("admin.organisations.create")}</h2>
      <FormAlert message={state.alert} />
      <TextField name="name" maxLength={120} label={t("admin.organisations.name")} defaultValue={organisation?.name ?? ""} error={error("name")} autoComplete="organization" />
      <div className={`field${errors.kind ? " field--invalid" : ""}`}>
        <label htmlFor={`${prefix}-kind`}>{t("admin.organisations.kind")}</label>
        <select id={`${prefix}-kind`} name="kind" defaultValue={organisation?.kind ?? "social_grocery"}>
          {ORGANISATION_KINDS.map((k) => <option key={k} value={k}>{t(`admin.kinds.${k}`)}</option>)}
        </select>
      </div>
      <TextField name="addressLine" maxLength={200} label={t("admin.organisations.address")} defaultValue={organisation?.addressLine ?? ""} error={error("addressLine")} autoComplete="street-address" />
      <TextField name="postcode" inputMode="numeric" maxLength={5} label={t("admin.organisations.postcode")} defaultValue={organisation?.postcode ?? ""} error={error("postcode")} autoComplete="postal-code" />
      <TextField name="city" maxLength={100} label={t("admin.organisations.city")} defaultValue={organisation?.city ?? ""} error={error("city")} autoComplete="address-level2" />
      <TextField name="phone" type="tel" maxLength={30} label={t("admin.organisations.phone")} hint={t("admin.organisations.phoneHint")} defaultValue={organisation?.phone ?? ""} error={error("phone")} autoComplete="tel" />
      <TextField name="timeZone" list={`${prefix}-zones`} label={t("admin.organisations.timeZone")} hint={t("admin.organisations.timeZoneHint")} defaultValue={organisation?.timeZone ?? "Europe/Paris"} error={error("timeZone")} />
      <datalist id={`${prefix}-zones`}>{ZONES.map((z) => <option key={z} value={z} />)}</datalist>
      <fieldset>
        <legend>{t("admin.organisations.cutoff")}</legend>
        <TextField name="cutoffDaysBefore" inputMode="numeric" label={t("admin.organisations.cutoffDays")} hint={t("admin.organisations.cutoffDaysHint")} defaultValue={String(organisation?.cutoffDaysBefore ?? 1)} error={error("cutoffDaysBefore")} />
        <TextField name="cutoffTime" type="time" label={t("admin.organisations.cutoffTime")} defaultValue={minuteText(organisation?.cutoffMinute ?? 18 * 60)} error={error("cutoffMinute")} />
      </fieldset>
      <label className="check">
        <input type="checkbox" name="defaultSocialPricing" defaultChecked={organisation?.defaultSocialPricing ?? true} />
        {t("admin.organisations.socialPricing")}
      </label>
      <p className="field__hint">{t("admin.organisations.socialPricingHint")}</p>
      <SavedNote message={state.saved} />
      <button type="submit" className="button button--primary" disabled={state.busy}>{organisation ? t("admin.organisations.save") : t("admin.organisations.create")}</button>
    </form>
  );
}
