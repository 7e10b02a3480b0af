import { placeCommuneAddress } from "@tournee/domain";
import { useId } from "react";
import { useTranslation } from "../i18n/use-translation";
import { TextField } from "../ui/text-field";
import { useLoad } from "../coordinator/use-load";
import { communePageUrl, communesApi } from "./communes-api";

export interface HostDraft {
  hostOrganisationId: string;
  hostPlace: string;
}

/** What the halt form sends for its host: nothing chosen clears it. */
export const hostFields = (d: HostDraft) => ({ hostOrganisationId: d.hostOrganisationId || null, hostPlace: d.hostPlace.trim() || null });

/** A halt's host (a town hall or another partner) and the room or square it lends, with the link to the commune's public page. */
export function HaltHostFields({ value, errors, city, citycode, saved, onChange }: { value: HostDraft; errors: Record<string, string>; city: string; citycode: string; saved: boolean; onChange: (next: HostDraft) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [hosts] = useLoad(() => communesApi.haltHosts(), []);
  const options = hosts.status === "ready" ? hosts.data : [];
  const error = errors.hostOrganisationId;
  return (
    <fieldset className="halt-host">
      <legend>{t("communes.host.legend")}</legend>
      <div className={`field${error ? " field--invalid" : ""}`}>
        <label htmlFor={`${id}-host`}>{t("communes.host.organisation")}</label>
        {error && <p id={`${id}-error`} className="field__error">{error}</p>}
        <select id={`${id}-host`} name="hostOrganisationId" value={value.hostOrganisationId} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange({ ...value, hostOrganisationId: e.target.value })}>
          <option value="">{t("communes.host.none")}</option>
          {options.map((h) => <option key={h.id} value={h.id}>{h.city ? `${h.name} (${h.city})` : h.name}</option>)}
        </select>
      </div>
      <TextField label={t("communes.host.place")} hint={t("communes.host.placeHint")} name="hostPlace" value={value.hostPlace} error={errors.hostPlace}
        onChange={(e) => onChange({ ...value, hostPlace: e.target.value })} />
      {saved && city.trim() && (
        <p>
          <a href={communePageUrl(placeCommuneAddress({ city: city.trim(), citycode: citycode || null }))} target="_blank" rel="noopener">{t("communes.host.page", { city: city.trim() })}</a>
        </p>
      )}
    </fieldset>
  );
}
