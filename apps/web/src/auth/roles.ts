import { ROLES, type Role, type SessionUser } from "@tournee/domain";

/** The person's roles across all their organisations, in the vocabulary's order, without repeats. */
export function rolesOf(user: Pick<SessionUser, "memberships">): Role[] {
  const held = new Set(user.memberships.map((m) => m.role));
  return ROLES.filter((role) => held.has(role));
}

/** Residents and relays act for a household: their own, or those that delegated to them. */
export function actsForHouseholds(roles: readonly Role[]): boolean {
  return roles.includes("resident") || roles.includes("relay");
}
