import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { coordinatorApi } from "./coordinator-api";
import { describeError } from "./describe-error";
import { LoadState } from "./load-state";
import { formatEuros } from "./money";
import { useLoad } from "./use-load";
import { useLocale } from "../i18n/use-locale";
import { formatDay } from "../format/date-time";

/** Social prices of a household: only coordinators and the referrer see this panel (the API enforces it too). */
export function EligibilityPanel({ householdId, organisationId }: { householdId: string; organisationId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [list, retry] = useLoad(() => coordinatorApi.eligibilities(householdId), [householdId]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string>();

  async function grant(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const cap = String(form.get("cap") ?? "").trim().replace(",", ".");
    setErrors({});
    setAlert(undefined);
    try {
      await coordinatorApi.grantEligibility(householdId, {
        organisationId,
        participationRatePercent: Number(form.get("rate")),
        monthlyCapCents: cap ? Math.round(Number(cap) * 100) : null,
        validFrom: String(form.get("from")),
        validTo: String(form.get("to")),
      });
      retry();
    } catch (error) {
      if (isApiError(error)) setErrors(error.fieldMessages());
      setAlert(describeError(t, error));
    }
  }

  return (
    <section aria-labelledby="eligibility-title" className="panel">
      <h2 id="eligibility-title">{t("coordinator.eligibility.title")}</h2>
      <LoadState load={list} retry={retry}>
        {(rows) =>
          rows.length === 0 ? (
            <p>{t("coordinator.eligibility.none")}</p>
          ) : (
            <ul className="plain-list">
              {rows.map((e) => (
                <li key={e.id}>
                  {t("coordinator.eligibility.row", {
                    rate: e.participationRatePercent,
                    cap: e.monthlyCapCents === null ? t("coordinator.eligibility.noCap") : formatEuros(e.monthlyCapCents, locale),
                    from: formatDay(e.validFrom, locale),
                    to: formatDay(e.validTo, locale),
                    status: t(`coordinator.eligibility.status.${e.status}`),
                  })}
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
      <form onSubmit={(e) => void grant(e)} noValidate>
        <h3>{t("coordinator.eligibility.grant")}</h3>
        <FormAlert message={alert} />
        <TextField name="rate" label={t("coordinator.eligibility.rate")} inputMode="numeric" defaultValue="20" error={errors.participationRatePercent} />
        <TextField name="cap" label={t("coordinator.eligibility.cap")} inputMode="decimal" error={errors.monthlyCapCents} />
        <TextField name="from" type="date" label={t("coordinator.eligibility.from")} error={errors.validFrom} />
        <TextField name="to" type="date" label={t("coordinator.eligibility.to")} error={errors.validTo} />
        <button type="submit" className="button">{t("coordinator.eligibility.grant")}</button>
      </form>
    </section>
  );
}
