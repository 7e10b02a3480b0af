/**
 * Quiet hours: no message between `start` and `end` (local minutes; 20:00–08:00 by default)
 * unless it is urgent. A message due in quiet hours waits for their end, computed on the local
 * calendar of the household's time zone, so a daylight-saving change moves nothing by an hour.
 */
import { addDays, instantToZoned, minutesOfDay, PARIS, zonedToInstant } from "@tournee/domain/calendar";

export interface QuietHours {
  /** Minutes after local midnight when quiet starts (1200 = 20:00). Equal to `endMinute`: no quiet hours. */
  startMinute: number;
  /** Minutes after local midnight when quiet ends (480 = 08:00). */
  endMinute: number;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { startMinute: 20 * 60, endMinute: 8 * 60 };

export function isQuiet(instant: Date, quiet: QuietHours, timeZone: string = PARIS): boolean {
  const { startMinute: start, endMinute: end } = quiet;
  if (start === end) return false;
  const minute = minutesOfDay(instantToZoned(instant, timeZone).time);
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

const hhmm = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** The first instant at or after `instant` outside quiet hours. */
export function endOfQuiet(instant: Date, quiet: QuietHours, timeZone: string = PARIS): Date {
  if (!isQuiet(instant, quiet, timeZone)) return instant;
  const local = instantToZoned(instant, timeZone);
  const minute = minutesOfDay(local.time);
  // Past midnight (or a quiet span within one day) the quiet ends today; before midnight, tomorrow.
  const endsToday = quiet.startMinute < quiet.endMinute || minute < quiet.endMinute;
  return zonedToInstant(endsToday ? local.date : addDays(local.date, 1), hhmm(quiet.endMinute), timeZone);
}

/** When a message due at `due` may go: at once if urgent, else once quiet hours are over. */
export function sendableAt(due: Date, quiet: QuietHours, urgent: boolean, timeZone: string = PARIS): Date {
  return urgent ? due : endOfQuiet(due, quiet, timeZone);
}
