/**
 * When each scheduled message is due, on the organisation's local calendar:
 * - the cutoff reminder at 10:00 the day before the cutoff's day (orders closing Monday 18:00 → Sunday 10:00);
 * - the day-before time at 17:00 the day before the passage;
 * - the coordinators' digest every day at 08:30; the referrers' digest on Mondays at 09:00.
 */
import { addDays, instantToZoned, PARIS, weekdayOf, zonedToInstant, type LocalDate } from "@tournee/domain/calendar";

export const CUTOFF_REMINDER_TIME = "10:00";
export const DAY_BEFORE_TIME = "17:00";
export const COORDINATOR_DIGEST_TIME = "08:30";
export const REFERRER_DIGEST_TIME = "09:00";
/** A reminder is not worth sending when the cutoff is closer than this. */
export const CUTOFF_REMINDER_MIN_LEAD_MS = 2 * 3600_000;

export function cutoffReminderAt(cutoffAt: Date, timeZone: string = PARIS): Date {
  return zonedToInstant(addDays(instantToZoned(cutoffAt, timeZone).date, -1), CUTOFF_REMINDER_TIME, timeZone);
}

export function dayBeforeAt(passageDate: LocalDate, timeZone: string = PARIS): Date {
  return zonedToInstant(addDays(passageDate, -1), DAY_BEFORE_TIME, timeZone);
}

export function coordinatorDigestAt(date: LocalDate, timeZone: string = PARIS): Date {
  return zonedToInstant(date, COORDINATOR_DIGEST_TIME, timeZone);
}

/** The Monday of `date`'s week, and its digest instant. */
export function referrerDigestAt(date: LocalDate, timeZone: string = PARIS): { monday: LocalDate; at: Date } {
  const monday = addDays(date, 1 - weekdayOf(date));
  return { monday, at: zonedToInstant(monday, REFERRER_DIGEST_TIME, timeZone) };
}
