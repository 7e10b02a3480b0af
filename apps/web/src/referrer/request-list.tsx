import type { Referral } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { Link } from "react-router";
import { describeError } from "../coordinator/describe-error";
import { formatEuros } from "../coordinator/money";
import { formatDay } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { referrerApi } from "./referrer-api";

/** Her referrals and renewal requests with the grocery's answer; a waiting one can be withdrawn. */
export function RequestList({ requests, onChanged, linkHouseholds = false }: { requests: readonly Referral[]; onChanged(): void; linkHouseholds?: boolean }) {
  return (
    <ul className="cards">
      {requests.map((r) => (
        <RequestCard key={r.id} request={r} onChanged={onChanged} linkHousehold={linkHouseholds} />
      ))}
    </ul>
  );
}

function RequestCard({ request: r, onChanged, linkHousehold }: { request: Referral; onChanged(): void; linkHousehold: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const day = (iso: string | null) => (iso ? formatDay(iso.slice(0, 10), locale) : "");
  const period = t("referrer.household.period", {
    rate: r.participationRatePercent,
    cap: r.monthlyCapCents === null ? t("referrer.household.noCap") : t("referrer.household.cap", { amount: formatEuros(r.monthlyCapCents, locale) }),
    from: formatDay(r.validFrom, locale),
    to: formatDay(r.validTo, locale),
  });
  const who = r.decidedBy ? `${r.decidedBy.displayName} (${r.decidedBy.organisationName ?? r.organisationName})` : r.organisationName;
  async function withdraw() {
    setBusy(true);
    setError(undefined);
    try {
      await referrerApi.withdraw(r.id);
      onChanged();
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <li className="card request">
      <strong>{t(`referrer.requests.kind.${r.kind}`, { name: r.householdName, city: r.city })}</strong>
      <p>{t("referrer.requests.sentOn", { date: day(r.createdAt), grocery: r.organisationName, period })}</p>
      <p role="status" className={r.status === "refused" ? "standing standing--expired" : undefined}>
        {t(`referrer.requests.status.${r.status}`, { date: day(r.decidedAt), who, reason: r.decisionReason ?? "" })}
      </p>
      {r.status === "accepted" && r.decisionReason && <p>{t("referrer.requests.acceptNote", { note: r.decisionReason })}</p>}
      <FormAlert message={error} />
      {r.status === "pending" && (
        <p>
          <button type="button" className="button" disabled={busy} onClick={() => void withdraw()}>
            {t("referrer.requests.withdraw", { name: r.householdName })}
          </button>
        </p>
      )}
      {linkHousehold && r.householdId && r.status === "accepted" && (
        <p>
          <Link to={`/orientation/foyers/${r.householdId}`}>{t("referrer.requests.open", { name: r.householdName })}</Link>
        </p>
      )}
    </li>
  );
}
