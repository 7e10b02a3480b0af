/**
 * Which rows a person may see, as Prisma filters. Role AND organisation, always:
 * a coordinator sees their organisations, a referrer the households they referred,
 * a resident or relay the households they act for, a driver their own tours.
 */
import type { Prisma } from "../generated/prisma/client.js";
import { isAdmin, organisationsWith, type Actor } from "./actor.js";

export function visibleHouseholds(actor: Actor): Prisma.HouseholdWhereInput {
  if (isAdmin(actor)) return { archivedAt: null };
  const anyOf: Prisma.HouseholdWhereInput[] = [];
  const coordinated = organisationsWith(actor, ["coordinator"]);
  if (coordinated.length) anyOf.push({ organisationId: { in: coordinated } });
  if (organisationsWith(actor, ["referrer"]).length) anyOf.push({ eligibilities: { some: { referrerUserId: actor.userId } } });
  if (actor.households.length) anyOf.push({ id: { in: actor.households.map((h) => h.id) } });
  return { archivedAt: null, OR: anyOf.length ? anyOf : [{ id: { in: [] } }] };
}

/** Eligibility is visible to coordinators of its organisation and to the referrer who filed it. */
export function visibleEligibilities(actor: Actor): Prisma.EligibilityWhereInput {
  if (isAdmin(actor)) return {};
  return {
    OR: [{ organisationId: { in: organisationsWith(actor, ["coordinator"]) } }, { referrerUserId: actor.userId }],
  };
}

export function visibleTours(actor: Actor): Prisma.TourWhereInput {
  if (isAdmin(actor)) return {};
  return {
    OR: [{ organisationId: { in: organisationsWith(actor, ["coordinator"]) } }, { driverId: actor.userId }],
  };
}

/** Organisations whose data the person manages as coordinator (all of them for an admin). */
export function coordinatedOrganisations(actor: Actor): Prisma.StringFilter {
  return isAdmin(actor) ? {} : { in: organisationsWith(actor, ["coordinator"]) };
}

/** Referrals: a referrer's own, and those sent to the groceries a coordinator manages (all for an admin). */
export function visibleReferrals(actor: Actor): Prisma.ReferralWhereInput {
  if (isAdmin(actor)) return {};
  return { OR: [{ organisationId: { in: organisationsWith(actor, ["coordinator"]) } }, { referrerUserId: actor.userId }] };
}
