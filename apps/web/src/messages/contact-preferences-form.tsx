import { formatPhone, MESSAGE_CHANNELS, type ContactPreferences, type MessageChannel } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import { LoadState } from "../coordinator/load-state";
import { describeError } from "../coordinator/describe-error";
import { useLoad } from "../coordinator/use-load";
import { formatDate, normaliseTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { fieldErrorText } from "./field-error";
import { MessageCard } from "./message-card";
import { messagesApi } from "./messages-api";
import "./messages.css";

/**
 * How a household wants to be told, edited by the household, its relay or its coordinator:
 * channels (each one an agreement recorded with its date), addresses, quiet hours, language.
 * `staff` adds how the agreement was given, for a coordinator taking it on the phone.
 * `aboutHousehold` (its name) is given when the reader is not the household (its relay, its coordinator):
 * the form then speaks of the household in the third person.
 */
export function ContactPreferencesForm({ householdId, staff = false, aboutHousehold }: { householdId: string; staff?: boolean; aboutHousehold?: string }) {
  const [load, retry] = useLoad(() => messagesApi.preferences(householdId), [householdId]);
  return <LoadState load={load} retry={retry}>{(p) => <PreferencesForm initial={p} staff={staff} aboutHousehold={aboutHousehold} />}</LoadState>;
}

function PreferencesForm({ initial, staff, aboutHousehold }: { initial: ContactPreferences; staff: boolean; aboutHousehold: string | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [prefs, setPrefs] = useState(initial);
  const [channels, setChannels] = useState<MessageChannel[]>(initial.channels.map((c) => c.channel));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const offered = MESSAGE_CHANNELS.filter((c) => c !== "push" || prefs.pushDevices > 0 || channels.includes("push"));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim() || null;
    setBusy(true);
    setSaved(false);
    setErrors({});
    setAlert(undefined);
    try {
      const next = await messagesApi.savePreferences(prefs.householdId, {
        email: text("email"), mobile: text("mobile"), landline: text("landline"), viaRelay: form.get("viaRelay") === "on",
        quietStart: normaliseTime(text("quietStart") ?? ""), quietEnd: normaliseTime(text("quietEnd") ?? ""), locale: form.get("locale") === "en" ? "en" : "fr", channels,
        ...(staff && text("evidence") ? { evidence: text("evidence")! } : {}),
      });
      setPrefs(next);
      setChannels(next.channels.map((c) => c.channel));
      setSaved(true);
    } catch (error) {
      if (isApiError(error)) setErrors(Object.fromEntries(Object.entries(error.fieldMessages()).map(([k, v]) => [k, fieldErrorText(t, v)])));
      setAlert(isApiError(error) && error.problem?.code === "validation_failed" ? t("errors.checkFields") : describeError(t, error));
    } finally {
      setBusy(false);
    }
  }

  const given = (c: MessageChannel) => prefs.channels.find((x) => x.channel === c);
  return (
    <>
      <form onSubmit={(e) => void submit(e)} noValidate className="panel preferences">
        <FormAlert message={alert} />
        <fieldset className="choices">
          <legend>{t("messages.preferences.channels")}</legend>
          {offered.map((c) => (
            <label className="check" key={c}>
              <input type="checkbox" checked={channels.includes(c)} onChange={(e) => setChannels(e.target.checked ? [...channels, c] : channels.filter((x) => x !== c))} />
              <span>
                {t(`messages.channels.${c}`)}
                {given(c) && <span className="field__hint"> — {t("messages.preferences.channelGiven", { date: formatDate(new Date(given(c)!.givenAt), locale) })}</span>}
              </span>
            </label>
          ))}
          {errors.channels && <p className="field__error">{errors.channels}</p>}
          {channels.length === 0 && <p className="field__hint">{t("messages.preferences.none")}</p>}
        </fieldset>
        <TextField name="email" type="email" autoComplete="email" label={t("messages.preferences.email")} defaultValue={prefs.email ?? ""} error={errors.email}
          hint={prefs.accountEmail ? t("messages.preferences.emailHint", { email: prefs.accountEmail }) : t("messages.preferences.emailHintNone")} />
        <TextField name="mobile" type="tel" autoComplete="tel" label={t("messages.preferences.mobile")} hint={t("messages.preferences.mobileHint")} defaultValue={prefs.mobile ? formatPhone(prefs.mobile) : ""} error={errors.mobile} />
        <TextField name="landline" type="tel" label={t("messages.preferences.landline")} hint={t("messages.preferences.landlineHint")} defaultValue={prefs.landline ? formatPhone(prefs.landline) : ""} error={errors.landline} />
        {prefs.relays.length > 0 && (
          <label className="check">
            <input type="checkbox" name="viaRelay" defaultChecked={prefs.viaRelay} />
            <span>{t("messages.preferences.viaRelay", { names: prefs.relays.join(", "), ...(aboutHousehold === undefined ? {} : { context: "relay", household: aboutHousehold }) })}</span>
          </label>
        )}
        {errors.viaRelay && <p className="field__error">{errors.viaRelay}</p>}
        <fieldset className="choices preferences__quiet">
          <legend>{t("messages.preferences.quiet")}</legend>
          <p className="field__hint">{t("messages.preferences.quietHint")}</p>
          <TextField name="quietStart" type="time" label={t("messages.preferences.quietFrom")} defaultValue={prefs.quietStart} error={errors.quietStart} />
          <TextField name="quietEnd" type="time" label={t("messages.preferences.quietTo")} defaultValue={prefs.quietEnd} error={errors.quietEnd} />
        </fieldset>
        <div className="field">
          <label htmlFor={`locale-${prefs.householdId}`}>{t("messages.preferences.language")}</label>
          <select id={`locale-${prefs.householdId}`} name="locale" defaultValue={prefs.locale}>
            <option value="fr">{t("messages.templates.fr")}</option>
            <option value="en">{t("messages.templates.en")}</option>
          </select>
        </div>
        {staff && <TextField name="evidence" label={t("messages.preferences.evidence")} hint={t("messages.preferences.evidenceHint")} error={errors.evidence} />}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>{t("messages.preferences.save")}</button>
          {saved && <p role="status">{t("messages.preferences.saved")}</p>}
        </div>
      </form>
      <section aria-labelledby={`recent-${prefs.householdId}`} className="preferences__recent">
        <h2 id={`recent-${prefs.householdId}`}>{t("messages.preferences.recent")}</h2>
        {prefs.recentMessages.length === 0 ? <p>{t("messages.preferences.noRecent")}</p> : prefs.recentMessages.map((m) => <MessageCard key={m.id} message={m} showRecipient={false} />)}
      </section>
    </>
  );
}
