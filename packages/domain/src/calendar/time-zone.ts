import { epochDay, fromEpochDay, minutesOfDay, pad2, weekdayOf, type IsoWeekday, type LocalDate, type LocalTime } from "./local-date.js";

/** Every organisation served so far works in metropolitan France. */
export const PARIS = "Europe/Paris";

export interface ZonedDateTime {
  date: LocalDate;
  /** Wall-clock time, seconds dropped. */
  time: LocalTime;
  weekday: IsoWeekday;
  /** Offset from UTC at that instant: 60 in winter and 120 in summer for Europe/Paris. */
  offsetMinutes: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric",
        hour: "numeric", minute: "numeric", second: "numeric",
      });
    } catch {
      throw new RangeError(`time zone '${timeZone}' is not an IANA time zone name such as 'Europe/Paris'`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock at `ms`, expressed as milliseconds of a UTC clock showing the same figures. */
function wallClockMs(ms: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) fields[part.type] = Number(part.value);
  const { year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN } = fields;
  return Date.UTC(year, month - 1, day, hour % 24, minute, second);
}

function offsetMs(ms: number, timeZone: string): number {
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return wallClockMs(wholeSecond, timeZone) - wholeSecond;
}

function checkInstant(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError("instant is an invalid Date");
  return ms;
}

/**
 * The instant at which the wall clock of `timeZone` shows `time` on `date`.
 * - Spring-forward gap (e.g. 02:30 on 2026-03-29 in Paris does not exist): the time is moved
 *   forward by the length of the gap, so 02:30 gives 03:30 CEST (01:30Z). This is what
 *   JavaScript's Date and Temporal's "compatible" choice do.
 * - Autumn overlap (02:30 on 2026-10-25 happens twice): the first one, still in summer time
 *   (00:30Z), is returned.
 */
export function zonedToInstant(date: LocalDate, time: LocalTime, timeZone: string = PARIS): Date {
  const wall = epochDay(date) * DAY_MS + minutesOfDay(time) * MINUTE_MS;
  // Paris changes offset at most once a day: the offsets a day either side cover every case.
  const before = offsetMs(wall - DAY_MS, timeZone);
  const after = offsetMs(wall + DAY_MS, timeZone);
  const candidates = [wall - before, wall - after]
    .filter((ms) => wallClockMs(ms, timeZone) === wall)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? wall - before);
}

/** What the wall clock of `timeZone` shows at `instant`. */
export function instantToZoned(instant: Date, timeZone: string = PARIS): ZonedDateTime {
  const ms = checkInstant(instant);
  const wall = wallClockMs(Math.floor(ms / 1000) * 1000, timeZone);
  const day = Math.floor(wall / DAY_MS);
  const minutes = Math.floor((wall - day * DAY_MS) / MINUTE_MS);
  const date = fromEpochDay(day);
  return {
    date,
    time: `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`,
    weekday: weekdayOf(date),
    offsetMinutes: Math.round(offsetMs(ms, timeZone) / MINUTE_MS),
  };
}

/** The calendar date at `instant` in `timeZone` (the passage day of a handover, "today" for a referrer). */
export function localDateOf(instant: Date, timeZone: string = PARIS): LocalDate {
  return instantToZoned(instant, timeZone).date;
}
