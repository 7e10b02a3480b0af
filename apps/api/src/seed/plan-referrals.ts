/**
 * The CCAS's requests to the grocery, so the referrer and the coordinator each have a decision to
 * follow on the demo: a new household referred and waiting, a renewal asked for a household whose
 * rights end within 30 days, a referral the grocery refused with its reason; and one household
 * that withdrew its consent to tell its referrer whether it comes. No random draw: the demo's
 * other draws stay the same.
 */
import { addDays, daysBetween, type LocalDate } from "@tournee/domain/calendar";
import type { Prisma } from "../generated/prisma/client.js";
import { dbDate, parisInstant, validityEnd } from "./dates.js";
import type { EligibilityPlan } from "./plan-eligibility.js";
import type { OrganisationsPlan } from "./plan-organisations.js";

export interface ReferralsPlan {
  referrals: Prisma.ReferralCreateManyInput[];
}

const isoDay = (d: Date | string) => (typeof d === "string" ? d : d.toISOString()).slice(0, 10);

export function planReferrals(orgs: OrganisationsPlan, eligibility: EligibilityPlan, today: LocalDate): ReferralsPlan {
  const { staff, orgIds } = orgs;
  const base = { organisationId: orgIds.grocery, referrerOrganisationId: orgIds.ccas, referrerUserId: staff.referrer };
  const hers = eligibility.eligibilities.filter((e) => e.referrerUserId === staff.referrer && e.status === "active");
  const ending = hers.find((e) => {
    const left = daysBetween(today, isoDay(e.validTo as Date));
    return left >= 0 && left <= 30;
  });
  const referrals: Prisma.ReferralCreateManyInput[] = [
    {
      ...base, kind: "new_household", status: "pending", createdAt: parisInstant(addDays(today, -2), "15:20"),
      householdDraft: { name: "Mme Lemoine", addressLine: "4 rue des Fossés", postcode: "23500", city: "Felletin", phone: "06 39 98 30 01", contactChannel: "phone", peopleCount: 2, mobility: "comes_to_halt" },
      participationRatePercent: 20, monthlyCapCents: 15_000, validFrom: dbDate(today), validTo: dbDate(validityEnd(today, 6)), shareAttendance: true,
      note: "Mère seule avec un enfant, accord de la commission du CCAS de mardi.",
    },
    {
      ...base, kind: "new_household", status: "refused", createdAt: parisInstant(addDays(today, -12), "10:05"),
      householdDraft: { name: "M. Chassagne", addressLine: "Lieu-dit La Borne", postcode: "23200", city: "Aubusson", contactChannel: "post", peopleCount: 1, mobility: "comes_to_halt" },
      participationRatePercent: 30, monthlyCapCents: 10_000, validFrom: dbDate(addDays(today, -10)), validTo: dbDate(validityEnd(addDays(today, -10), 3)), shareAttendance: false,
      decidedAt: parisInstant(addDays(today, -9), "09:40"), decidedById: staff.groceryCoordinator,
      decisionReason: "Aubusson a son épicerie sociale en ville, ouverte le mardi et le vendredi : je l'ai prévenue, elle l'attend.",
    },
  ];
  if (ending) {
    const from = addDays(isoDay(ending.validTo as Date), 1);
    referrals.push({
      ...base, kind: "renewal", status: "pending", householdId: ending.householdId, createdAt: parisInstant(addDays(today, -1), "11:00"),
      participationRatePercent: ending.participationRatePercent, monthlyCapCents: ending.monthlyCapCents ?? null, validFrom: dbDate(from), validTo: dbDate(validityEnd(from, 6)),
      note: "Renouvellement accordé par la commission, situation inchangée.",
    });
  }
  // One household she follows took back its consent: she no longer learns whether it comes.
  const withdrawn = hers.find((e) => e !== ending && e.householdId !== ending?.householdId);
  const consent = eligibility.consents.find((c) => c.householdId === withdrawn?.householdId && c.purpose === "share_with_referrer");
  if (consent) consent.withdrawnAt = parisInstant(addDays(today, -20), "16:00");
  return { referrals };
}
