import { daysBetween, epochDay, type LocalDate } from "../calendar/local-date.js";

export const ELIGIBILITY_STATUSES = ["active", "suspended", "ended"] as const;
export type EligibilityStatus = (typeof ELIGIBILITY_STATUSES)[number];

/** A household's right to social prices, granted by a referrer's commission for a few months. */
export interface Eligibility {
  /** Share of the reference price the household pays, 1 to 100 (usually 10, 20 or 30). */
  participationRatePercent: number;
  /** Reference value of social-grocery goods allowed per calendar month, or null for no cap. */
  monthlyCapCents: number | null;
  /** First and last day of validity, inclusive, as Europe/Paris calendar dates. */
  validFrom: LocalDate;
  validTo: LocalDate;
  status: EligibilityStatus;
}

export type EligibilityState = "valid" | "expired" | "not-yet-valid" | "suspended" | "none";

export function checkParticipationRate(rate: number): void {
  if (!Number.isInteger(rate) || rate < 1 || rate > 100) {
    throw new RangeError(`participation rate ${rate} % must be a whole percentage from 1 to 100`);
  }
}

export function checkEligibility(eligibility: Eligibility): void {
  const { monthlyCapCents: cap, status } = eligibility;
  checkParticipationRate(eligibility.participationRatePercent);
  if (cap !== null && (!Number.isSafeInteger(cap) || cap < 0)) {
    throw new RangeError(`monthly cap ${cap} must be null (no cap) or a whole number of cents, 0 or more`);
  }
  if (daysBetween(eligibility.validFrom, eligibility.validTo) < 0) {
    throw new RangeError(`eligibility validFrom '${eligibility.validFrom}' is after validTo '${eligibility.validTo}'`);
  }
  if (!ELIGIBILITY_STATUSES.includes(status)) {
    throw new RangeError(`eligibility status '${status}' must be one of ${ELIGIBILITY_STATUSES.join(", ")}`);
  }
}

/**
 * Whether social prices apply on `date` (the passage day): 'valid' only for an active
 * eligibility with validFrom ≤ date ≤ validTo. A suspension wins over the dates; an
 * eligibility with status 'ended' is 'expired' whatever its dates say.
 */
export function eligibilityState(eligibility: Eligibility | null | undefined, date: LocalDate): EligibilityState {
  const day = epochDay(date, "passage date");
  if (!eligibility) return "none";
  checkEligibility(eligibility);
  if (eligibility.status === "suspended") return "suspended";
  if (eligibility.status === "ended" || day > epochDay(eligibility.validTo)) return "expired";
  if (day < epochDay(eligibility.validFrom)) return "not-yet-valid";
  return "valid";
}

/**
 * The referrer should prepare a renewal: the eligibility is valid `today` and its last day
 * is at most `withinDays` days away (on validTo itself, 0 days away, it is still true).
 */
export function needsRenewalReminder(eligibility: Eligibility | null | undefined, today: LocalDate, withinDays = 30): boolean {
  if (!Number.isInteger(withinDays) || withinDays < 0) {
    throw new RangeError(`reminder window ${withinDays} must be a whole number of days, 0 or more`);
  }
  if (!eligibility || eligibilityState(eligibility, today) !== "valid") return false;
  return daysBetween(today, eligibility.validTo) <= withinDays;
}
