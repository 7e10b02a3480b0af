import type { ActiveOrganisation } from "@tournee/domain";
import { useSignedInUser } from "../auth/session-context";

/** The organisation the console shows (see the organisation switcher in the header). */
export function useCoordinatedOrganisation(): ActiveOrganisation | undefined {
  const { user } = useSignedInUser();
  return user.activeOrganisation ?? undefined;
}
