/**
 * Referrals in the test world: three new households the referrer sent to grocery A, waiting for
 * a decision (one to accept, one to refuse, one she withdraws), with fixed ids for the route ×
 * role table.
 */
import type { PrismaClient } from "../generated/prisma/client.js";
import type { World } from "./world.js";

export const REFERRAL_WORLD = {
  toAccept: "0190a000-0000-7000-8000-0000000000f1",
  toRefuse: "0190a000-0000-7000-8000-0000000000f2",
  toWithdraw: "0190a000-0000-7000-8000-0000000000f3",
} as const;

/** A household record as the coordinator completes it when accepting. */
export const ACCEPTED_HOUSEHOLD = { name: "Mme Nouvelle", addressLine: "3 rue du Lavoir", postcode: "23000", city: "Guéret", latitude: 46.17, longitude: 1.87 };

export async function buildReferralWorld(prisma: PrismaClient, w: World): Promise<typeof REFERRAL_WORLD> {
  for (const [key, id] of Object.entries(REFERRAL_WORLD)) {
    await prisma.referral.create({
      data: {
        id, kind: "new_household", organisationId: w.org.groceryA, referrerOrganisationId: w.org.ccas, referrerUserId: w.users.referrer.id,
        householdDraft: { name: `Famille ${key}`, addressLine: "3 rue du Lavoir", postcode: "23000", city: "Guéret", contactChannel: "phone", peopleCount: 2, mobility: "comes_to_halt" },
        participationRatePercent: 20, monthlyCapCents: 15000, validFrom: new Date("2026-03-01T00:00:00Z"), validTo: new Date("2026-08-31T00:00:00Z"), shareAttendance: true,
      },
    });
  }
  return REFERRAL_WORLD;
}
