import type { Referral } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { formatDay } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { formatEuros } from "./money";

/** What a referral asks: who sent it when, the rights proposed, the social worker's note, and the decision once made. */
export function ReferralSummary({ referral: r, heading: Heading }: { referral: Referral; heading?: "h2" | "h3" }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const day = (iso: string | null) => (iso ? formatDay(iso.slice(0, 10), locale) : "");
  const who = (p: { displayName: string; organisationName: string | null } | null) => (p ? (p.organisationName ? `${p.displayName} (${p.organisationName})` : p.displayName) : "—");
  return (
    <>
      {Heading && <Heading>{t(`coordinator.referrals.kind.${r.kind}`, { name: r.householdName, city: r.city })}</Heading>}
      <p>{t("coordinator.referrals.from", { date: day(r.createdAt), who: who(r.referrer) })}</p>
      <p>
        {t("coordinator.referrals.proposal", {
          rate: r.participationRatePercent,
          cap: r.monthlyCapCents === null ? t("coordinator.referrals.noCap") : t("coordinator.referrals.cap", { amount: formatEuros(r.monthlyCapCents, locale) }),
          from: formatDay(r.validFrom, locale),
          to: formatDay(r.validTo, locale),
        })}
      </p>
      {r.note && <p>{t("coordinator.referrals.note", { note: r.note })}</p>}
      {r.kind === "new_household" && r.shareAttendance && <p>{t("coordinator.referrals.share")}</p>}
      {r.status !== "pending" && (
        <p role="status">{t(`coordinator.referrals.status.${r.status}`, { date: day(r.decidedAt), who: who(r.decidedBy), reason: r.decisionReason ?? "" })}</p>
      )}
    </>
  );
}
