/** The signed-in person behind a request, with what they may act on. */
import type { Membership, Role } from "@tournee/domain";

export interface Actor {
  userId: string;
  displayName: string;
  email: string | null;
  locale: "fr" | "en";
  sessionId: string;
  csrfToken: string;
  memberships: Membership[];
  households: { id: string; name: string; relation: "own" | "delegated" }[];
  /**
   * The organisation the console shows, for people who coordinate or administer: the one they
   * switched to (any organisation for an admin), else the first they coordinate. Null for others.
   */
  activeOrganisation: { id: string; name: string; kind: Membership["organisationKind"] } | null;
}

type WithMemberships = Pick<Actor, "memberships">;

export function hasRole(actor: WithMemberships, roles: readonly Role[]): boolean {
  return actor.memberships.some((m) => roles.includes(m.role));
}

/** Organisations in which the person holds one of `roles`. */
export function organisationsWith(actor: WithMemberships, roles: readonly Role[]): string[] {
  return [...new Set(actor.memberships.filter((m) => roles.includes(m.role)).map((m) => m.organisationId))];
}

export function isAdmin(actor: WithMemberships): boolean {
  return hasRole(actor, ["admin"]);
}

/**
 * The organisations whose data the console works on: the active one, for coordinators and
 * admins. Switching is how a person in several organisations, or an admin, reaches another
 * organisation's data; everything else answers 404 as outside their scope.
 */
export function consoleOrganisations(actor: Pick<Actor, "activeOrganisation">): string[] {
  return actor.activeOrganisation ? [actor.activeOrganisation.id] : [];
}

/** Whether the person may make `organisationId` the one their console shows. */
export function maySwitchTo(actor: WithMemberships, organisationId: string): boolean {
  return isAdmin(actor) || organisationsWith(actor, ["coordinator"]).includes(organisationId);
}
