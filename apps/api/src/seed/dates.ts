import { addDays, minutesOfDay, zonedToInstant, type LocalDate } from "@tournee/domain/calendar";

export { dbDate } from "../db/db-date.js";

/** Local time in Paris on `date`, as an instant. */
export function parisInstant(date: LocalDate, time: string): Date {
  return zonedToInstant(date, time);
}

export function minutes(time: string): number {
  return minutesOfDay(time);
}

/** The same day `months` later (clamped to the month's end), minus one day: the last day of a validity. */
export function validityEnd(from: LocalDate, months: number): LocalDate {
  const [y, m, d] = from.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return addDays(target.toISOString().slice(0, 10), -1);
}
