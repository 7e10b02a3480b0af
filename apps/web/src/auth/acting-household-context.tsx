import type { SessionUser } from "@tournee/domain";
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { actingHouseholdKey, pickActingHousehold } from "./acting-household";

type Household = SessionUser["households"][number];

interface ActingHousehold {
  /** The household orders and messages are for; undefined for people who act for none. */
  household: Household | undefined;
  households: readonly Household[];
  choose(id: string): void;
}

const ActingHouseholdContext = createContext<ActingHousehold>({ household: undefined, households: [], choose: () => {} });

function readChoice(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Remembers, per person and device, which household a relay or resident is acting for. */
export function ActingHouseholdProvider({ user, children }: { user: SessionUser; children: ReactNode }) {
  const key = actingHouseholdKey(user.id);
  const [chosenId, setChosenId] = useState(() => readChoice(key));
  const value = useMemo<ActingHousehold>(
    () => ({
      household: pickActingHousehold(user.households, chosenId),
      households: user.households,
      choose: (id) => {
        setChosenId(id);
        try {
          localStorage.setItem(key, id);
        } catch {
          // The choice lasts until reload.
        }
      },
    }),
    [user.households, chosenId, key],
  );
  return <ActingHouseholdContext value={value}>{children}</ActingHouseholdContext>;
}

export function useActingHousehold(): ActingHousehold {
  return useContext(ActingHouseholdContext);
}
