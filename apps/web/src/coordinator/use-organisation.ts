import { useSignedInUser } from "../auth/session-context";

/** The organisation a coordinator works for: the first one where they coordinate (or administer). */
export function useCoordinatedOrganisation(): { id: string; name: string } | undefined {
  const { user } = useSignedInUser();
  const m = user.memberships.find((x) => x.role === "coordinator") ?? user.memberships.find((x) => x.role === "admin");
  return m ? { id: m.organisationId, name: m.organisationName } : undefined;
}
