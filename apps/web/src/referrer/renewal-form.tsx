import type { ReferredHouseholdDetail } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import { describeError } from "../coordinator/describe-error";
import { parisToday } from "../coordinator/week-dates";
import { formatDay } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { ProposalFields } from "./proposal-fields";
import { nextPeriod, proposalFrom } from "./proposal-input";
import { referrerApi } from "./referrer-api";

/** Asking the grocery to renew: the next period, prefilled from the current one; or the request already waiting. */
export function RenewalForm({ household, onSent }: { household: ReferredHouseholdDetail; onSent(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string>();
  const [busy, setBusy] = useState(false);
  const waiting = household.requests.find((r) => r.kind === "renewal" && r.status === "pending");
  if (waiting) {
    return (
      <p className="standing standing--pending" role="status">
        {t("referrer.renewal.waiting", { date: formatDay(waiting.createdAt.slice(0, 10), locale), from: formatDay(waiting.validFrom, locale), to: formatDay(waiting.validTo, locale) })}
      </p>
    );
  }
  const latest = household.eligibilities[0];
  const period = nextPeriod(household.validTo, parisToday());

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setAlert(undefined);
    try {
      await referrerApi.renew({ householdId: household.id, ...proposalFrom(new FormData(event.currentTarget)) });
      onSent();
    } catch (error) {
      if (isApiError(error)) setErrors(error.fieldMessages());
      setAlert(isApiError(error) && error.problem?.code === "validation_failed" ? t("errors.checkFields") : describeError(t, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void send(e)} noValidate>
      <p>{t("referrer.renewal.help")}</p>
      <FormAlert message={alert} />
      <ProposalFields errors={errors} initial={{ rate: latest?.participationRatePercent ?? 20, capCents: latest?.monthlyCapCents ?? null, from: period.from, to: period.to }} />
      <button type="submit" className="button button--primary" disabled={busy}>
        {t("referrer.renewal.send")}
      </button>
    </form>
  );
}
