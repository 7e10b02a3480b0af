import "./referrer.css";
import { ReferralHouseholdSchema, type ReferralHousehold } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useNavigate } from "react-router";
import { isApiError } from "../api/api-error";
import { describeError } from "../coordinator/describe-error";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { parisToday } from "../coordinator/week-dates";
import { usePageTitle } from "../layout/use-page-title";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { ProposalFields } from "./proposal-fields";
import { nextPeriod, proposalFrom } from "./proposal-input";
import { referrerApi } from "./referrer-api";

const HOUSEHOLD_TEXTS = ["name", "addressLine", "postcode", "city", "phone"] as const;
const CONTACT_CHANNELS = ReferralHouseholdSchema.shape.contactChannel.def.innerType.options;

/** Referring a new household: who and where they are, how to reach them, the rights decided, and their consent to share attendance. */
export function ReferPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t("referrer.refer.title"));
  const [groceries, retry] = useLoad(() => referrerApi.groceries(), []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string>();
  const [busy, setBusy] = useState(false);
  const period = nextPeriod(null, parisToday());
  const error = (field: string) => (errors[field] ? t(`referrer.fieldErrors.${field}`) : undefined);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const household: ReferralHousehold = {
      name: text("name"), addressLine: text("addressLine"), postcode: text("postcode"), city: text("city"),
      ...(text("phone") ? { phone: text("phone") } : {}),
      contactChannel: text("contactChannel") as ReferralHousehold["contactChannel"],
      peopleCount: Number(text("peopleCount")),
      mobility: text("mobility") as ReferralHousehold["mobility"],
    };
    setBusy(true);
    setErrors({});
    setAlert(undefined);
    try {
      const sent = await referrerApi.refer({ organisationId: text("organisationId"), household, shareAttendance: form.get("share") === "on", ...proposalFrom(form) });
      await navigate("/orientation/demandes", { state: { sent: sent.householdName } });
    } catch (e) {
      if (isApiError(e)) setErrors(e.fieldMessages());
      setAlert(isApiError(e) && e.problem?.code === "validation_failed" ? t("errors.checkFields") : describeError(t, e));
      setBusy(false);
    }
  }

  return (
    <>
      <h1>{t("referrer.refer.title")}</h1>
      <p className="lead">{t("referrer.refer.help")}</p>
      <LoadState load={groceries} retry={retry}>
        {(list) => (
          <form onSubmit={(e) => void send(e)} noValidate className="panel">
            <FormAlert message={alert} />
            <div className="field">
              <label htmlFor="grocery">{t("referrer.refer.grocery")}</label>
              <select id="grocery" name="organisationId" defaultValue={list[0]?.id}>
                {list.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            </div>
            <fieldset>
              <legend>{t("referrer.refer.householdTitle")}</legend>
              {HOUSEHOLD_TEXTS.map((f) => (
                <TextField key={f} name={f} label={t(`referrer.refer.${f}`)} autoComplete="off" inputMode={f === "postcode" || f === "phone" ? "numeric" : undefined} error={error(f)} />
              ))}
              <div className="field">
                <label htmlFor="contact-channel">{t("referrer.refer.contactChannel")}</label>
                <select id="contact-channel" name="contactChannel" defaultValue="phone">
                  {CONTACT_CHANNELS.map((c) => (
                    <option key={c} value={c}>
                      {t(`referrer.household.contactChannels.${c}`)}
                    </option>
                  ))}
                </select>
              </div>
              <TextField name="peopleCount" inputMode="numeric" label={t("referrer.refer.peopleCount")} defaultValue="1" error={error("peopleCount")} />
              <div className="field">
                <label htmlFor="mobility">{t("referrer.refer.mobility")}</label>
                <select id="mobility" name="mobility" defaultValue="comes_to_halt">
                  <option value="comes_to_halt">{t("referrer.household.mobilities.comes_to_halt")}</option>
                  <option value="needs_home_drop">{t("referrer.household.mobilities.needs_home_drop")}</option>
                </select>
              </div>
            </fieldset>
            <fieldset>
              <legend>{t("referrer.refer.rightsTitle")}</legend>
              <ProposalFields errors={errors} initial={{ rate: 20, capCents: 15000, from: period.from, to: period.to }} />
            </fieldset>
            <label className="check">
              <input type="checkbox" name="share" />
              {t("referrer.refer.share")}
            </label>
            <button type="submit" className="button button--primary" disabled={busy}>
              {t("referrer.refer.send")}
            </button>
          </form>
        )}
      </LoadState>
    </>
  );
}
