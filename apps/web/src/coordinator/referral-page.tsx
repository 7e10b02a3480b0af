import type { Referral } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useNavigate, useParams } from "react-router";
import { formatDay } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { coordinatorApi } from "./coordinator-api";
import { describeError } from "./describe-error";
import { HouseholdForm } from "./household-form";
import { LoadState } from "./load-state";
import { formatEuros } from "./money";
import { ReferralSummary } from "./referral-summary";
import { useLoad } from "./use-load";

/** Deciding one referral: accept (completing a new household's record and halt) or refuse with a reason the referrer reads. */
export function ReferralPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [load, retry] = useLoad(async () => {
    const referral = await coordinatorApi.referral(id);
    const [halts, rights] = await Promise.all([
      referral.kind === "new_household" ? coordinatorApi.stops() : Promise.resolve([]),
      referral.householdId ? coordinatorApi.eligibilities(referral.householdId) : Promise.resolve([]),
    ]);
    return { referral, halts: halts.filter((s) => s.kind === "halt" && s.organisationId === referral.organisationId), rights };
  }, [id]);
  usePageTitle(t("coordinator.referrals.title"));
  return (
    <LoadState load={load} retry={retry}>
      {({ referral, halts, rights }) => (
        <>
          <h1>{t(`coordinator.referrals.kind.${referral.kind}`, { name: referral.householdName, city: referral.city })}</h1>
          <section className="panel" aria-label={t("coordinator.referrals.title")}>
            <ReferralSummary referral={referral} />
            {referral.kind === "renewal" && <CurrentRights rights={rights} />}
          </section>
          {referral.status === "pending" && (
            <>
              <Accept referral={referral} halts={halts} />
              <Refuse referral={referral} />
            </>
          )}
        </>
      )}
    </LoadState>
  );
}

function CurrentRights({ rights }: { rights: Awaited<ReturnType<typeof coordinatorApi.eligibilities>> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const latest = [...rights].sort((a, b) => b.validTo.localeCompare(a.validTo))[0];
  if (!latest) return <p>{t("coordinator.referrals.noCurrent")}</p>;
  const cap = latest.monthlyCapCents === null ? t("coordinator.referrals.noCap") : t("coordinator.referrals.cap", { amount: formatEuros(latest.monthlyCapCents, locale) });
  return <p>{t("coordinator.referrals.current", { rate: latest.participationRatePercent, cap, to: formatDay(latest.validTo, locale) })}</p>;
}

/** Decides, then goes back to the list, which says so; a failure is the caller's to show. */
function useDecision(referral: Referral) {
  const navigate = useNavigate();
  return async (decide: () => Promise<unknown>) => {
    await decide();
    await navigate("/coordination/orientations", { state: { decided: referral.householdName } });
  };
}

function Accept({ referral, halts }: { referral: Referral; halts: Awaited<ReturnType<typeof coordinatorApi.stops>> }) {
  const { t } = useTranslation();
  const decide = useDecision(referral);
  const [note, setNote] = useState("");
  // The halt of the household's village, when the round stops there.
  const [halt, setHalt] = useState(() => halts.find((s) => referral.draft && s.city === referral.draft.city)?.id ?? "");
  const [alert, setAlert] = useState<string>();
  const withNote = note.trim() ? { note: note.trim() } : {};
  const noteField = <TextField label={t("coordinator.referrals.decisionNote")} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />;
  if (referral.kind === "renewal") {
    return (
      <section aria-labelledby="accept-title" className="panel">
        <h2 id="accept-title">{t("coordinator.referrals.acceptTitle")}</h2>
        <p>{t("coordinator.referrals.acceptRenewal")}</p>
        <FormAlert message={alert} />
        {noteField}
        <button type="button" className="button button--primary" onClick={() => void decide(() => coordinatorApi.acceptReferral(referral.id, withNote)).catch((e: unknown) => setAlert(describeError(t, e)))}>
          {t("coordinator.referrals.acceptRenewalButton")}
        </button>
      </section>
    );
  }
  return (
    <section aria-labelledby="accept-title" className="panel">
      <h2 id="accept-title">{t("coordinator.referrals.acceptTitle")}</h2>
      <p>{t("coordinator.referrals.acceptNew")}</p>
      <div className="field">
        <label htmlFor="usual-halt">{t("coordinator.referrals.halt")}</label>
        <select id="usual-halt" value={halt} onChange={(e) => setHalt(e.target.value)}>
          <option value="">{t("coordinator.referrals.noHalt")}</option>
          {halts.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      {noteField}
      <HouseholdForm
        draft={referral.draft ?? undefined}
        submitLabel={t("coordinator.referrals.acceptButton")}
        onSave={(household) => decide(() => coordinatorApi.acceptReferral(referral.id, { household: { ...household, ...(halt ? { usualStopId: halt } : {}) }, ...withNote }))}
      />
    </section>
  );
}

function Refuse({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const decide = useDecision(referral);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const [alert, setAlert] = useState<string>();
  async function submit(event: FormEvent) {
    event.preventDefault();
    setAlert(undefined);
    if (reason.trim().length < 3) return setError(t("coordinator.referrals.reasonRequired"));
    setError(undefined);
    await decide(() => coordinatorApi.refuseReferral(referral.id, reason.trim())).catch((e: unknown) => setAlert(describeError(t, e)));
  }
  return (
    <form className="panel" aria-labelledby="refuse-title" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="refuse-title">{t("coordinator.referrals.refuseTitle")}</h2>
      <FormAlert message={alert} />
      <TextField label={t("coordinator.referrals.reason")} value={reason} maxLength={500} required error={error} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" className="button">
        {t("coordinator.referrals.refuseButton")}
      </button>
    </form>
  );
}
