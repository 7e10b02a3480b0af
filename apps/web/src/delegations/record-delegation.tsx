import type { Delegation } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import { describeError } from "../coordinator/describe-error";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { parisToday } from "../coordinator/week-dates";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { delegationsApi } from "./delegations-api";

/** A coordinator records a household's consent that a relay orders for it. */
export function RecordDelegation({ householdId, onRecorded }: { householdId: string; onRecorded(d: Delegation): void }) {
  const { t } = useTranslation();
  const [relays, retry] = useLoad(() => delegationsApi.relayAccounts(), []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string>();
  const [busy, setBusy] = useState(false);
  const error = (f: string) => (errors[f] ? t(`delegations.fieldErrors.${f}`) : undefined);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const givenOn = String(form.get("givenOn") ?? "");
    setBusy(true);
    setErrors({});
    setAlert(undefined);
    try {
      const recorded = await delegationsApi.record(householdId, {
        relayUserId: String(form.get("relay") ?? ""),
        covers: form.get("pay") === "on" ? ["order", "pay"] : ["order"],
        evidence: String(form.get("evidence") ?? "").trim(),
        ...(givenOn ? { givenOn } : {}),
      });
      element.reset();
      onRecorded(recorded);
    } catch (e) {
      if (isApiError(e)) setErrors(e.fieldMessages());
      setAlert(isApiError(e) && e.problem?.code === "validation_failed" ? t("errors.checkFields") : describeError(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <LoadState load={relays} retry={retry}>
      {(list) =>
        list.length === 0 ? (
          <p>{t("delegations.noRelay")}</p>
        ) : (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <h3>{t("delegations.record")}</h3>
            <p>{t("delegations.recordHelp")}</p>
            <FormAlert message={alert} />
            <div className="field">
              <label htmlFor="delegation-relay">{t("delegations.relay")}</label>
              <select id="delegation-relay" name="relay" defaultValue={list[0]?.id}>
                {list.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.organisationName ? `${r.displayName} (${r.organisationName})` : r.displayName}
                  </option>
                ))}
              </select>
              {error("relayUserId") && <p className="field__error">{error("relayUserId")}</p>}
            </div>
            <fieldset>
              <legend>{t("delegations.coversLegend")}</legend>
              <label className="check">
                <input type="checkbox" checked disabled />
                {t("delegations.coversOrder")}
              </label>
              <label className="check">
                <input type="checkbox" name="pay" />
                {t("delegations.coversPay")}
              </label>
            </fieldset>
            <TextField name="givenOn" type="date" max={parisToday()} defaultValue={parisToday()} label={t("delegations.givenOn")} error={error("givenOn")} />
            <TextField name="evidence" maxLength={300} label={t("delegations.evidenceLabel")} hint={t("delegations.evidenceHint")} error={error("evidence")} />
            <button type="submit" className="button button--primary" disabled={busy}>
              {t("delegations.submit")}
            </button>
          </form>
        )
      }
    </LoadState>
  );
}
