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
}

export function hasRole(actor: Actor, roles: readonly Role[]): boolean {
  return actor.memberships.some((m) => roles.includes(m.role));
}

/** Organisations in which the person holds one of `roles`. */
export function organisationsWith(actor: Actor, roles: readonly Role[]): string[] {
  return [...new Set(actor.memberships.filter((m) => roles.includes(m.role)).map((m) => m.organisationId))];
}

export function isAdmin(actor: Actor): boolean {
  return hasRole(actor, ["admin"]);
}
