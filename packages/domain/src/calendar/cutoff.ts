import { addDays, epochDay, minutesOfDay, type LocalDate, type LocalTime } from "./local-date.js";
import { PARIS, instantToZoned, zonedToInstant } from "./time-zone.js";

/** An organisation's order deadline: `daysBefore` the passage at local `time` (bread: 1 day before at 18:00). */
export interface CutoffRule {
  /** Whole days before the passage day, 0 (same day) to 14. */
  daysBefore: number;
  time: LocalTime;
}

export const MAX_CUTOFF_DAYS_BEFORE = 14;

export function checkCutoffRule(rule: CutoffRule): void {
  const { daysBefore } = rule;
  if (!Number.isInteger(daysBefore) || daysBefore < 0 || daysBefore > MAX_CUTOFF_DAYS_BEFORE) {
    throw new RangeError(`cutoff daysBefore ${daysBefore} must be a whole number of days from 0 to ${MAX_CUTOFF_DAYS_BEFORE}`);
  }
  minutesOfDay(rule.time, "cutoff time");
}

/**
 * The instant after which orders for the passage on `passageDate` are closed: the wall-clock
 * `rule.time` in `timeZone`, `rule.daysBefore` calendar days before. Because it is computed on
 * the local calendar, "the day before at 18:00" stays 18:00 local across daylight-saving changes.
 */
export function cutoffFor(passageDate: LocalDate, rule: CutoffRule, timeZone: string = PARIS): Date {
  checkCutoffRule(rule);
  epochDay(passageDate, "passage date");
  return zonedToInstant(addDays(passageDate, -rule.daysBefore), rule.time, timeZone);
}

/** A household may still order for this passage: `now` is strictly before the cutoff. */
export function isOrderOpen(now: Date, passageDate: LocalDate, rule: CutoffRule, timeZone: string = PARIS): boolean {
  return now.getTime() < cutoffFor(passageDate, rule, timeZone).getTime();
}

/**
 * The calendar month 'YYYY-MM' a purchase counts in for the monthly credit cap: of a local
 * date as written, or of an instant as seen in `timeZone` (23:30Z on 31 January is February in Paris).
 */
export function monthKey(when: Date | LocalDate, timeZone: string = PARIS): string {
  if (typeof when === "string") {
    epochDay(when);
    return when.slice(0, 7);
  }
  return instantToZoned(when, timeZone).date.slice(0, 7);
}
