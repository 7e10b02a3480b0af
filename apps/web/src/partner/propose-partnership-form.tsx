import type { PartnershipCreate, PartnershipsOverview } from "@tournee/domain";
import { COST_SHARE_KEYS } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import { describeError } from "../coordinator/describe-error";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { todayInFrance } from "./ledger-words";
import { weekdayName } from "../format/date-time";
import { pooledRoundsApi } from "./pooled-rounds-api";

type Field = "organisationId" | "weekdays" | "validFrom" | "validTo" | "templateId" | "note";

/**
 * Proposing a pooled round: to carry another organisation's deliveries on our rounds, or to ask it
 * to carry ours. Only the carrier names its round; the other organisation accepts or declines.
 */
export function ProposePartnershipForm({ overview, onProposed }: { overview: PartnershipsOverview; onProposed(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [side, setSide] = useState<PartnershipCreate["side"]>(overview.rounds.length ? "carrier" : "partner");
  // Only an organisation with rounds of its own can carry ours.
  const choices = overview.organisations.filter((o) => side === "carrier" || o.delivers);
  const [chosen, setOrganisationId] = useState(choices[0]?.id ?? "");
  const organisationId = choices.some((o) => o.id === chosen) ? chosen : (choices[0]?.id ?? "");
  const [templateId, setTemplateId] = useState("");
  const [weekdays, setWeekdays] = useState<number[]>([]);
  const [validFrom, setValidFrom] = useState(todayInFrance());
  const [validTo, setValidTo] = useState("");
  const [costKey, setCostKey] = useState<PartnershipCreate["costKey"]>("stops");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [alert, setAlert] = useState<string>();
  const [sent, setSent] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (!choices.length) return null;
  const otherName = overview.organisations.find((o) => o.id === organisationId)?.name ?? "";
  const chooseRound = (id: string) => {
    setTemplateId(id);
    const round = overview.rounds.find((r) => r.id === id);
    if (round) setWeekdays([round.weekday]);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!weekdays.length) found.weekdays = t("pooled.form.errors.weekdays");
    if (validTo && validTo < validFrom) found.validTo = t("pooled.form.errors.validTo");
    setErrors(found);
    setSent(undefined);
    if (Object.keys(found).length) return setAlert(t("errors.checkFields"));
    setBusy(true);
    setAlert(undefined);
    try {
      await pooledRoundsApi.propose({
        organisationId, side, weekdays, validFrom, costKey,
        ...(side === "carrier" && templateId ? { templateId } : {}), ...(validTo ? { validTo } : {}), ...(note.trim() ? { note: note.trim() } : {}),
      });
      setSent(t("pooled.form.sent", { other: otherName }));
      setNote("");
      onProposed();
    } catch (err) {
      const fields = isApiError(err) ? (err.problem?.errors ?? []) : [];
      setErrors(Object.fromEntries(fields.map((f) => [f.path, t(`pooled.form.errors.${f.path}`, { defaultValue: f.message })])));
      setAlert(describeError(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="pooled-propose">
      <h2 id="pooled-propose">{t("pooled.form.title")}</h2>
      <form onSubmit={submit} noValidate>
        <FormAlert message={alert} />
        <div className="field">
          <label htmlFor="pooled-organisation">{t("pooled.form.organisation")}</label>
          <select id="pooled-organisation" value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}>
            {choices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>{t("pooled.form.side")}</legend>
          {overview.rounds.length > 0 && (
            <label>
              <input type="radio" name="pooled-side" checked={side === "carrier"} onChange={() => setSide("carrier")} /> {t("pooled.form.weCarry", { other: otherName })}
            </label>
          )}
          <label>
            <input type="radio" name="pooled-side" checked={side === "partner"} onChange={() => setSide("partner")} /> {t("pooled.form.theyCarry", { other: otherName })}
          </label>
        </fieldset>
        {side === "carrier" && (
          <div className="field">
            <label htmlFor="pooled-round">{t("pooled.form.round")}</label>
            <select id="pooled-round" value={templateId} onChange={(e) => chooseRound(e.target.value)}>
              <option value="">{t("pooled.form.anyRound")}</option>
              {overview.rounds.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <fieldset className={`field${errors.weekdays ? " field--invalid" : ""}`} aria-describedby={errors.weekdays ? "pooled-weekdays-error" : undefined}>
          <legend>{t("pooled.form.weekdays")}</legend>
          {errors.weekdays && <p id="pooled-weekdays-error" className="field__error">{errors.weekdays}</p>}
          {[1, 2, 3, 4, 5, 6, 7].map((d) => (
            <label key={d} className="pooled__weekday">
              <input type="checkbox" checked={weekdays.includes(d)} onChange={(e) => setWeekdays(e.target.checked ? [...weekdays, d].sort() : weekdays.filter((w) => w !== d))} /> {weekdayName(d, locale)}
            </label>
          ))}
        </fieldset>
        <TextField label={t("pooled.form.validFrom")} type="date" value={validFrom} error={errors.validFrom} onChange={(e) => setValidFrom(e.target.value)} />
        <TextField label={t("pooled.form.validTo")} hint={t("pooled.form.validToHint")} type="date" value={validTo} error={errors.validTo} onChange={(e) => setValidTo(e.target.value)} />
        <div className="field">
          <label htmlFor="pooled-key">{t("pooled.form.costKey")}</label>
          <select id="pooled-key" value={costKey} onChange={(e) => setCostKey(e.target.value as PartnershipCreate["costKey"])}>
            {COST_SHARE_KEYS.map((k) => (
              <option key={k} value={k}>
                {t(`pooled.costKey.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField label={t("pooled.form.note")} hint={t("pooled.form.noteHint")} value={note} maxLength={300} error={errors.note} onChange={(e) => setNote(e.target.value)} />
        <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy || undefined}>
          {t("pooled.form.submit", { other: otherName })}
        </button>
        {sent && <p role="status" className="alert alert--info">{sent}</p>}
      </form>
    </section>
  );
}
