import { SITE_KINDS, type Site, type SiteInput } from "@tournee/domain";
import { formatWeeklyWindows, parseWeeklyWindows } from "@tournee/domain/calendar";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import type { AddressCandidate } from "./address-candidate";
import { AddressSearch } from "./address-search";
import { describeError } from "./describe-error";
import { PinControls } from "./pin-controls";
import { readPosition } from "./pin-step";

/** Countries a territory on France's borders meets; the server accepts any ISO code. */
export const COUNTRIES = ["FR", "AD", "ES", "BE", "LU", "DE", "CH", "IT", "MC"] as const;

export interface SiteDraft {
  id?: string;
  kind: Site["kind"];
  name: string;
  addressLine: string;
  postcode: string;
  city: string;
  country: string;
  latitude: string;
  longitude: string;
  hours: string;
}

export const EMPTY_SITE: SiteDraft = { kind: "depot", name: "", addressLine: "", postcode: "", city: "", country: "FR", latitude: "", longitude: "", hours: "" };
const fixed = (n: number) => n.toFixed(5);
export const siteDraft = (s: Site): SiteDraft => ({
  id: s.id, kind: s.kind, name: s.name, addressLine: s.addressLine, postcode: s.postcode ?? "", city: s.city ?? "", country: s.country,
  latitude: fixed(s.latitude), longitude: fixed(s.longitude), hours: formatWeeklyWindows(s.openingHours),
});

/** What the form sends, or the fields the coordinator must fix first. */
function readDraft(d: SiteDraft): { fields: Omit<SiteInput, "organisationId"> } | { invalid: string[] } {
  const position = readPosition(d.latitude, d.longitude);
  const openingHours = parseWeeklyWindows(d.hours);
  const invalid = [...(position ? [] : ["latitude"]), ...(openingHours ? [] : ["openingHours"])];
  if (invalid.length || !position || !openingHours) return { invalid };
  return {
    fields: {
      kind: d.kind, name: d.name.trim(), addressLine: d.addressLine.trim(), country: d.country, latitude: position.lat, longitude: position.lng, openingHours,
      ...(d.postcode.trim() ? { postcode: d.postcode.trim() } : {}), ...(d.city.trim() ? { city: d.city.trim() } : {}),
    },
  };
}

interface Props {
  draft: SiteDraft;
  onChange(draft: SiteDraft): void;
  onSave(fields: Omit<SiteInput, "organisationId">): Promise<Site>;
  onSaved(site: Site): void;
}

/** Add or change a site: its kind, name, address with its country, position and opening hours. */
export function SiteForm({ draft, onChange, onSave, onSaved }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string>();
  // Said under the form while it still shows the site just saved.
  const [saved, setSaved] = useState<{ id: string; text: string }>();
  const countries = new Intl.DisplayNames(locale === "en" ? "en-GB" : "fr-FR", { type: "region" });
  const say = (field: string) => t(`coordinator.sites.errors.${field}`, { country: countries.of(draft.country) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAlert(undefined);
    setSaved(undefined);
    const read = readDraft(draft);
    if ("invalid" in read) {
      setErrors(Object.fromEntries(read.invalid.map((f) => [f, say(f)])));
      setAlert(t("coordinator.apiErrors.validation_failed"));
      return;
    }
    setErrors({});
    try {
      const site = await onSave(read.fields);
      setSaved({ id: site.id, text: t("coordinator.sites.saved", { name: site.name }) });
      onSaved(site);
    } catch (error) {
      if (isApiError(error)) setErrors(Object.fromEntries(Object.keys(error.fieldMessages()).map((f) => [f, say(f)])));
      setAlert(describeError(t, error));
    }
  }

  const field = (name: "name" | "addressLine" | "postcode" | "city" | "latitude" | "longitude") => ({
    value: draft[name],
    error: errors[name],
    onChange: (e: { target: { value: string } }) => onChange({ ...draft, [name]: e.target.value }),
  });
  const pick = (c: AddressCandidate) =>
    onChange({ ...draft, addressLine: c.street ?? draft.addressLine, postcode: c.postcode ?? draft.postcode, city: c.city ?? draft.city, latitude: fixed(c.latitude), longitude: fixed(c.longitude) });
  const position = readPosition(draft.latitude, draft.longitude);

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="panel">
      <h2>{draft.id ? t("coordinator.sites.edit", { name: draft.name }) : t("coordinator.sites.add")}</h2>
      <FormAlert message={alert} />
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t("coordinator.sites.kind")}</label>
        <select id={`${id}-kind`} value={draft.kind} onChange={(e) => onChange({ ...draft, kind: e.target.value as Site["kind"] })}>
          {SITE_KINDS.map((k) => <option key={k} value={k}>{t(`coordinator.sites.kinds.${k}`)}</option>)}
        </select>
      </div>
      <TextField label={t("coordinator.sites.name")} {...field("name")} />
      <AddressSearch postcode={draft.postcode || undefined} onPick={pick} />
      <TextField label={t("coordinator.sites.address")} {...field("addressLine")} />
      <TextField label={t("coordinator.sites.postcode")} {...field("postcode")} />
      <TextField label={t("coordinator.sites.city")} {...field("city")} />
      <div className="field">
        <label htmlFor={`${id}-country`}>{t("coordinator.sites.country")}</label>
        <select id={`${id}-country`} value={draft.country} onChange={(e) => onChange({ ...draft, country: e.target.value })}>
          {COUNTRIES.map((c) => <option key={c} value={c}>{countries.of(c)}</option>)}
        </select>
      </div>
      <TextField label={t("coordinator.sites.latitude")} inputMode="decimal" {...field("latitude")} />
      <TextField label={t("coordinator.sites.longitude")} inputMode="decimal" {...field("longitude")} />
      <PinControls position={position} onMove={(lat, lng) => onChange({ ...draft, latitude: fixed(lat), longitude: fixed(lng) })} />
      <TextField label={t("coordinator.sites.hours")} hint={t("coordinator.sites.hoursHint")} value={draft.hours} error={errors.openingHours} onChange={(e) => onChange({ ...draft, hours: e.target.value })} />
      {saved && saved.id === draft.id && <p role="status" className="alert alert--info">{saved.text}</p>}
      <div className="actions">
        <button type="submit" className="button button--primary">{t("coordinator.save")}</button>
        {draft.id && <button type="button" className="button" onClick={() => onChange(EMPTY_SITE)}>{t("coordinator.sites.new")}</button>}
      </div>
    </form>
  );
}
