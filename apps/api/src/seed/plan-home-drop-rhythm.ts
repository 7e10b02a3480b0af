/**
 * How often the grocery's households served at home get their home drop, ordered or not: most
 * every week, some every other week, a few once a month, on the round's weekday (the only day
 * someone is at home in the demo). Planning several weeks ahead shows them at their rhythm.
 */
import type { HomeDropFrequency } from "../generated/prisma/client.js";
import type { HouseholdsPlan } from "./plan-households.js";

const RHYTHM: readonly HomeDropFrequency[] = ["weekly", "fortnightly", "weekly", "monthly", "fortnightly"];

export function planHomeDropRhythm(households: HouseholdsPlan, weekday: number): void {
  households.planned.filter((h) => h.homeDrop).forEach((planned, i) => {
    const row = households.households.find((h) => h.id === planned.id)!;
    Object.assign(row, { homeDropFrequency: RHYTHM[i % RHYTHM.length], homeDropDays: [weekday] });
  });
}
