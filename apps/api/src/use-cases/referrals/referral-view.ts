/** How a referral is shown to its referrer and to the grocery's coordinators. */
import type { Referral } from "@tournee/domain";
import { ReferralHouseholdSchema } from "@tournee/domain";
import { isoDate } from "../../db/db-date.js";
import type { Prisma } from "../../generated/prisma/client.js";

export const referralInclude = {
  organisation: { select: { name: true } },
  referrerOrganisation: { select: { name: true } },
  referrerUser: { select: { displayName: true } },
  decidedBy: { select: { displayName: true } },
  household: { select: { name: true, city: true } },
} satisfies Prisma.ReferralInclude;

export type ReferralWithDetails = Prisma.ReferralGetPayload<{ include: typeof referralInclude }>;

export function referralView(r: ReferralWithDetails): Referral {
  const draft = r.householdDraft === null ? null : ReferralHouseholdSchema.parse(r.householdDraft);
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    organisationId: r.organisationId,
    organisationName: r.organisation.name,
    referrer: r.referrerUser ? { displayName: r.referrerUser.displayName, organisationName: r.referrerOrganisation.name } : null,
    householdId: r.householdId,
    householdName: r.household?.name ?? draft?.name ?? "",
    city: r.household?.city ?? draft?.city ?? "",
    draft,
    participationRatePercent: r.participationRatePercent,
    monthlyCapCents: r.monthlyCapCents,
    validFrom: isoDate(r.validFrom),
    validTo: isoDate(r.validTo),
    note: r.note,
    shareAttendance: r.shareAttendance,
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    // The grocery decides: its coordinator speaks for it.
    decidedBy: r.decidedBy ? { displayName: r.decidedBy.displayName, organisationName: r.organisation.name } : null,
    decisionReason: r.decisionReason,
  };
}
