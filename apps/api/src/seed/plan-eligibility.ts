/**
 * Eligibility for social prices, granted by the CCAS: about half the households are eligible
 * (10, 20 or 30 %, a monthly cap of 100 to 200 €, 3 to 6 months), some close to their end, a
 * few expired or suspended, the rest pay the reference price. Each one has its event history.
 */
import { randomUUID } from "node:crypto";
import { addDays, type LocalDate } from "@tournee/domain/calendar";
import type { Eligibility } from "@tournee/domain/pricing";
import type { Prisma } from "../generated/prisma/client.js";
import { dbDate, parisInstant, validityEnd } from "./dates.js";
import type { PlannedHousehold } from "./plan-households.js";
import type { OrganisationsPlan } from "./plan-organisations.js";
import type { Rng } from "./prng.js";

type Situation = "valid" | "renewed" | "expiring" | "expired" | "expired-unclosed" | "suspended" | "none";

/** A cycle of 20 households: 10 eligible (2 of them within 30 days of their end), 3 expired, 1 suspended, 6 without. */
const CYCLE: readonly Situation[] = [
  "valid", "renewed", "valid", "expiring", "valid", "none", "valid", "renewed", "expired", "none",
  "valid", "expiring", "none", "valid", "suspended", "none", "expired-unclosed", "none", "expired", "none",
];

export interface EligibilityPlan {
  eligibilities: Prisma.EligibilityCreateManyInput[];
  events: Prisma.EligibilityEventCreateManyInput[];
  consents: Prisma.ConsentCreateManyInput[];
  /** What pricing needs, per household id. */
  byHousehold: Map<string, Eligibility>;
}

export function planEligibility(households: readonly PlannedHousehold[], orgs: OrganisationsPlan, today: LocalDate, rng: Rng): EligibilityPlan {
  const plan: EligibilityPlan = { eligibilities: [], events: [], consents: [], byHousehold: new Map() };
  for (const household of households) {
    const situation = CYCLE[household.index % CYCLE.length] ?? "none";
    if (situation !== "none") addEligibility(plan, household, situation, orgs, today, rng);
  }
  return plan;
}

function addEligibility(plan: EligibilityPlan, household: PlannedHousehold, situation: Situation, orgs: OrganisationsPlan, today: LocalDate, rng: Rng): void {
  const { staff } = orgs;
  const referrer = household.index % 3 === 2 ? staff.otherReferrer : staff.referrer;
  const months = rng.pick([3, 3, 6, 6, 4]);
  const rate = rng.pick([10, 20, 20, 20, 30]);
  const cap = rng.pick([10_000, 12_000, 15_000, 15_000, 18_000, 20_000]);
  let validFrom: LocalDate;
  let validTo: LocalDate;
  if (situation === "expiring") {
    validTo = addDays(today, rng.int(4, 27));
    validFrom = addDays(validityEnd(validTo, -months), 2);
  } else if (situation === "expired" || situation === "expired-unclosed") {
    validTo = addDays(today, -rng.int(5, 50));
    validFrom = addDays(validityEnd(validTo, -months), 2);
  } else {
    validFrom = addDays(today, -rng.int(10, 45));
    validTo = validityEnd(validFrom, months);
  }
  const id = randomUUID();
  const status = situation === "expired" ? "ended" : situation === "suspended" ? "suspended" : "active";
  let grantedFrom = validFrom;
  let firstEnd = validTo;
  if (situation === "renewed") {
    // First granted for 3 months, renewed by the commission before the end.
    grantedFrom = addDays(validityEnd(validFrom, -3), 1);
    firstEnd = addDays(validFrom, -1);
  }
  plan.eligibilities.push({
    id, householdId: household.id, organisationId: orgs.orgIds.grocery, referrerOrganisationId: orgs.orgIds.ccas, referrerUserId: referrer,
    participationRatePercent: rate, monthlyCapCents: cap, validFrom: dbDate(grantedFrom), validTo: dbDate(validTo), status,
    createdAt: parisInstant(grantedFrom, "09:00"),
  });
  plan.events.push({ eligibilityId: id, status: "active", validTo: dbDate(firstEnd), at: parisInstant(addDays(grantedFrom, -3), "14:00"), byUserId: referrer, note: "Accord de la commission" });
  if (situation === "renewed") {
    plan.events.push({ eligibilityId: id, status: "active", validTo: dbDate(validTo), at: parisInstant(addDays(firstEnd, -6), "14:00"), byUserId: referrer, note: "Renouvellement" });
  }
  if (situation === "expired") {
    plan.events.push({ eligibilityId: id, status: "ended", validTo: dbDate(validTo), at: parisInstant(addDays(validTo, 1), "09:15"), byUserId: staff.groceryCoordinator, note: "Fin de droits, pas de renouvellement demandé" });
  }
  if (situation === "suspended") {
    plan.events.push({ eligibilityId: id, status: "suspended", validTo: dbDate(validTo), at: parisInstant(addDays(today, -rng.int(2, 8)), "11:00"), byUserId: referrer, note: "Dossier en cours de réexamen" });
  }
  plan.consents.push({ householdId: household.id, purpose: "share_with_referrer", givenAt: parisInstant(addDays(grantedFrom, -3), "14:00"), recordedById: referrer,
    evidence: "Signé avec le dossier de demande" });
  plan.byHousehold.set(household.id, {
    participationRatePercent: rate, monthlyCapCents: cap, validFrom: grantedFrom, validTo, status,
  });
}
