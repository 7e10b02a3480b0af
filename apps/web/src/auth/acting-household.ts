import type { SessionUser } from "@tournee/domain";

type Household = SessionUser["households"][number];

/**
 * The household a resident or relay is acting for: the one they chose last time if they still
 * may act for it, else their own household, else the first one.
 */
export function pickActingHousehold(households: readonly Household[], chosenId: string | null): Household | undefined {
  return (
    households.find((h) => h.id === chosenId) ?? households.find((h) => h.relation === "own") ?? households[0]
  );
}

/** localStorage key of the chosen household, per person (a shared town-hall laptop has several). */
export const actingHouseholdKey = (userId: string) => `tournee.actingHousehold.${userId}`;
