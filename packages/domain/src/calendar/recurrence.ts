import { addDays, compareDates, daysBetween, epochDay, weekdayOf, type IsoWeekday, type LocalDate } from "./local-date.js";

/** When a recurring tour runs: on `weekday`, every `everyWeeks` weeks, counted from `startDate`. */
export interface TourTemplate {
  weekday: IsoWeekday;
  /** 1 = weekly, 2 = fortnightly; up to 8. */
  everyWeeks: number;
  /** The first run is the first `weekday` on or after this date; fortnights are counted from it. */
  startDate: LocalDate;
  /** Dates the tour does not run (bank holidays, the truck at the garage…). */
  exceptionDates?: readonly LocalDate[];
}

export const MAX_EVERY_WEEKS = 8;

export function checkTourTemplate(template: TourTemplate): void {
  const { weekday, everyWeeks } = template;
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
    throw new RangeError(`tour weekday ${weekday} must be an ISO weekday from 1 (Monday) to 7 (Sunday)`);
  }
  if (!Number.isInteger(everyWeeks) || everyWeeks < 1 || everyWeeks > MAX_EVERY_WEEKS) {
    throw new RangeError(`tour everyWeeks ${everyWeeks} must be a whole number from 1 (weekly) to ${MAX_EVERY_WEEKS}`);
  }
  epochDay(template.startDate, "tour start date");
  for (const date of template.exceptionDates ?? []) epochDay(date, "tour exception date");
}

/** The dates, ascending, between `from` and `to` inclusive on which the tour runs. */
export function occurrences(template: TourTemplate, from: LocalDate, to: LocalDate): LocalDate[] {
  checkTourTemplate(template);
  if (daysBetween(from, to) < 0) throw new RangeError(`period start '${from}' is after its end '${to}'`);
  const step = template.everyWeeks * 7;
  const first = addDays(template.startDate, (template.weekday - weekdayOf(template.startDate) + 7) % 7);
  const stepsToFrom = Math.max(0, Math.ceil(daysBetween(first, from) / step));
  const skipped = new Set((template.exceptionDates ?? []).map((date) => epochDay(date)));
  const dates: LocalDate[] = [];
  for (let date = addDays(first, stepsToFrom * step); compareDates(date, to) <= 0; date = addDays(date, step)) {
    if (!skipped.has(epochDay(date))) dates.push(date);
  }
  return dates;
}
