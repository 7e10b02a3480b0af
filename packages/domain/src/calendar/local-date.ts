/** A calendar date 'YYYY-MM-DD' with no time zone (the day of a passage, a validity bound…). */
export type LocalDate = string;
/** A wall-clock time 'HH:MM', 00:00 to 23:59. */
export type LocalTime = string;
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;

/** Days since 1970-01-01 of a valid date; throws an error naming `what` otherwise. */
export function epochDay(date: LocalDate, what = "date"): number {
  const match = DATE_PATTERN.exec(date);
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  if (year !== undefined && month !== undefined && day !== undefined && year >= 1000) {
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    if (back.getUTCMonth() === month - 1 && back.getUTCDate() === day) return ms / DAY_MS;
  }
  throw new RangeError(`${what} '${date}' is not a calendar date YYYY-MM-DD between 1000-01-01 and 9999-12-31 (e.g. 2026-03-29)`);
}

/** The date `epochDay` days after 1970-01-01. */
export function fromEpochDay(day: number): LocalDate {
  const d = new Date(day * DAY_MS);
  const year = d.getUTCFullYear();
  if (!Number.isSafeInteger(day) || year < 1000 || year > 9999) {
    throw new RangeError(`day number ${day} is outside the supported years 1000 to 9999`);
  }
  return `${year}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== "string") return false;
  try {
    epochDay(value);
    return true;
  } catch {
    return false;
  }
}

/** Minutes since midnight of a valid 'HH:MM'; throws an error naming `what` otherwise. */
export function minutesOfDay(time: LocalTime, what = "time"): number {
  const match = TIME_PATTERN.exec(time);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (match && hours <= 23 && minutes <= 59) return hours * 60 + minutes;
  throw new RangeError(`${what} '${time}' is not HH:MM between 00:00 and 23:59`);
}

/** The date `days` calendar days after `date` (negative goes back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`days to add must be an integer, got ${days}`);
  return fromEpochDay(epochDay(date) + days);
}

/** Calendar days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return epochDay(to, "to") - epochDay(from, "from");
}

/** Negative, 0 or positive as `a` is before, on or after `b` (usable with Array.sort). */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return epochDay(a) - epochDay(b);
}

export function weekdayOf(date: LocalDate): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((epochDay(date) + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}

/** ISO-8601 week: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeekOf(date: LocalDate): { isoYear: number; week: number; key: string } {
  const thursday = addDays(date, 4 - weekdayOf(date));
  const isoYear = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${isoYear}-01-01`, thursday) / 7) + 1;
  return { isoYear, week, key: `${isoYear}-W${pad2(week)}` };
}

export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
