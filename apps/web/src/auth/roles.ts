import { ROLES, type Role, type SessionUser } from "@tournee/domain";

/**
 * The person's roles, in the vocabulary's order, without repeats: those of their memberships,
 * plus "resident" when they have a household of their own and "relay" when households delegated
 * to them (a resident who signs in with a code has a household but may have no membership).
 */
export function rolesOf(user: Pick<SessionUser, "memberships" | "households">): Role[] {
  const held = new Set<Role>(user.memberships.map((m) => m.role));
  if (user.households.some((h) => h.relation === "own")) held.add("resident");
  if (user.households.some((h) => h.relation === "delegated")) held.add("relay");
  return ROLES.filter((role) => held.has(role));
}
