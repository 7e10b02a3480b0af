import type { Locale } from "@tournee/domain";
import { INTL_LOCALE } from "../i18n/locale";

/** Every date and time the app shows is in France's time zone, wherever the device is set. */
export const TIME_ZONE = "Europe/Paris";

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone: TIME_ZONE });
    formatters.set(key, f);
  }
  return f;
}

/** @example weekdayName(2, "fr") // "mardi" (1 Monday … 7 Sunday) */
export function weekdayName(weekday: number, locale: Locale): string {
  // 2024-01-01 was a Monday; at noon it is that day in France too.
  return formatter(locale, { weekday: "long" }).format(new Date(Date.UTC(2024, 0, weekday, 12)));
}

/** @example formatTime(new Date("2026-03-10T09:05:00Z"), "fr") // "10:05" */
export function formatTime(date: Date, locale: Locale): string {
  return formatter(locale, { hour: "2-digit", minute: "2-digit" }).format(date);
}

/** @example formatDate(new Date("2026-03-10T09:05:00Z"), "fr") // "mardi 10 mars 2026" */
export function formatDate(date: Date, locale: Locale): string {
  return formatter(locale, { weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(date);
}

/** A calendar day ('YYYY-MM-DD', a day in France) as read: @example formatDay("2027-03-02", "fr") // "2 mars 2027" */
export function formatDay(day: string, locale: Locale): string {
  return formatter(locale, { day: "numeric", month: "long", year: "numeric" }).format(new Date(`${day}T12:00:00Z`));
}

/** @example formatDateTime(new Date("2026-03-10T09:05:00Z"), "en") // "Tuesday, 10 March 2026 at 10:05" */
export function formatDateTime(date: Date, locale: Locale): string {
  return formatter(locale, { dateStyle: "full", timeStyle: "short" }).format(date);
}

/** True when both instants fall on the same calendar day in France. */
export function sameParisDay(a: Date, b: Date): boolean {
  const day = formatter("en", { year: "numeric", month: "2-digit", day: "2-digit" });
  return day.format(a) === day.format(b);
}

/**
 * A time as typed ("6h30", "0630", "18:00", "7") in the 24-hour "HH:MM" every form reads;
 * what cannot be read is left as typed, for the form's own check to say so.
 */
export function normaliseTime(typed: string): string {
  const m = /^\s*(\d{1,2})\s*(?:[:hH.]\s*(\d{2})?|(\d{2}))?\s*$/.exec(typed);
  if (!m) return typed;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? m[3] ?? 0);
  if (hours > 23 || minutes > 59) return typed;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}
