/**
 * Which rows a person may see, as Prisma filters. Role AND organisation, always:
 * coordinators and admins see the organisation their console shows (the active one, see
 * `consoleOrganisations`), a referrer the households they referred, a resident or relay the
 * households they act for, a driver their own tours.
 */
import type { Prisma } from "../generated/prisma/client.js";
import { consoleOrganisations, organisationsWith, type Actor } from "./actor.js";

export function visibleHouseholds(actor: Actor): Prisma.HouseholdWhereInput {
  const anyOf: Prisma.HouseholdWhereInput[] = [];
  const managed = consoleOrganisations(actor);
  if (managed.length) anyOf.push({ organisationId: { in: managed } });
  if (organisationsWith(actor, ["referrer"]).length) anyOf.push({ eligibilities: { some: { referrerUserId: actor.userId } } });
  if (actor.households.length) anyOf.push({ id: { in: actor.households.map((h) => h.id) } });
  return { archivedAt: null, OR: anyOf.length ? anyOf : [{ id: { in: [] } }] };
}

/** Eligibility is visible to coordinators of its organisation and to the referrer who filed it. */
export function visibleEligibilities(actor: Actor): Prisma.EligibilityWhereInput {
  return { OR: [{ organisationId: { in: consoleOrganisations(actor) } }, { referrerUserId: actor.userId }] };
}

export function visibleTours(actor: Actor): Prisma.TourWhereInput {
  return { OR: [{ organisationId: { in: consoleOrganisations(actor) } }, { driverId: actor.userId }] };
}

/** Organisations whose data the person manages as coordinator or admin: the one their console shows. */
export function coordinatedOrganisations(actor: Actor): Prisma.StringFilter {
  return { in: consoleOrganisations(actor) };
}

/** Referrals: a referrer's own, and those sent to the grocery the console shows. */
export function visibleReferrals(actor: Actor): Prisma.ReferralWhereInput {
  return { OR: [{ organisationId: { in: consoleOrganisations(actor) } }, { referrerUserId: actor.userId }] };
}

/** A town hall's secretariat (its relay account) reads the halts the town hall hosts. */
export const HOST_ROLES = ["relay"] as const;

/** Halts hosted by an organisation the person acts for as its relay. */
export function hostedHalts(actor: Actor): Prisma.StopWhereInput {
  return { kind: "halt", archivedAt: null, hostOrganisationId: { in: organisationsWith(actor, HOST_ROLES) } };
}
