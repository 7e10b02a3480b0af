/** Calendar arithmetic on 'YYYY-MM-DD' dates (France's calendar days), for the week view. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Monday of the week holding `date`. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay() || 7;
  return addDays(date, 1 - weekday);
}

/**
 * The week a coordinator works on from `today`: the current one on working days; on Saturday and
 * Sunday the coming one, whose orders are being taken and whose rounds are being prepared.
 */
export function weekToPrepare(today: string): string {
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
  return mondayOf(weekday === 0 || weekday === 6 ? addDays(today, 7) : today);
}

export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** Today in France, whatever the device's zone. */
export function parisToday(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** A calendar date shown as France reads it, e.g. "mardi 10 mars". */
export function dayLabel(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "fr-FR", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));
}
