import { useSignedInUser } from "../auth/session-context";

/** The organisation the console shows (see the organisation switcher in the header). */
export function useCoordinatedOrganisation(): { id: string; name: string } | undefined {
  const { user } = useSignedInUser();
  return user.activeOrganisation ?? undefined;
}
