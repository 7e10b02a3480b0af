/**
 * Where a household stands for its referrer, from its latest eligibility and any renewal waiting:
 * expired (not renewed), expiring (within 30 days), suspended, pending (a renewal waits for the
 * grocery's decision), valid, or none. Most urgent first: see STANDINGS and `byUrgency`.
 */
import { daysBetween, type LocalDate } from "@tournee/domain/calendar";
import { eligibilityState, needsRenewalReminder, type Eligibility } from "@tournee/domain/pricing";
import { STANDINGS, type Standing } from "@tournee/domain";

export const RENEWAL_WINDOW_DAYS = 30;

export interface StandingInput {
  /** The household's eligibilities at one grocery. */
  eligibilities: readonly Eligibility[];
  renewalPending: boolean;
  today: LocalDate;
}

export function standingOf({ eligibilities, renewalPending, today }: StandingInput): { standing: Standing; validTo: LocalDate | null; daysLeft: number | null } {
  // The one that ends last says how long the household is covered (a renewal may start later).
  const latest = [...eligibilities].sort((a, b) => b.validTo.localeCompare(a.validTo))[0];
  if (!latest) return { standing: renewalPending ? "pending" : "none", validTo: null, daysLeft: null };
  const daysLeft = daysBetween(today, latest.validTo);
  const state = eligibilityState(latest, today);
  let standing: Standing;
  if (state === "suspended") standing = "suspended";
  else if (state === "expired") standing = renewalPending ? "pending" : "expired";
  else if (state === "valid" && needsRenewalReminder(latest, today, RENEWAL_WINDOW_DAYS)) standing = renewalPending ? "pending" : "expiring";
  else standing = "valid";
  return { standing, validTo: latest.validTo, daysLeft };
}

/** Most urgent first: by standing, then the nearest end (an eligibility just over before one long over). */
export function byUrgency<T extends { standing: Standing; daysLeft: number | null; name: string }>(rows: readonly T[]): T[] {
  const rank = (s: Standing) => STANDINGS.indexOf(s);
  const distance = (d: number | null) => (d === null ? Number.MAX_SAFE_INTEGER : Math.abs(d));
  return [...rows].sort((a, b) => rank(a.standing) - rank(b.standing) || distance(a.daysLeft) - distance(b.daysLeft) || a.name.localeCompare(b.name, "fr"));
}
