/** What coordinators type, read into what the API takes: euros into cents, "HH:MM" into minutes. */
import { normaliseTime } from "../format/date-time";

/**
 * Cents from an amount typed in euros ("2,89", "2.89", "3 €"); null when nothing usable was
 * typed, so the server names the field. Negative amounts pass through for the server to refuse.
 * @example centsFromEuros("2,89") // 289
 */
export function centsFromEuros(text: string): number | null {
  const cleaned = text.replace(/\s|€/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}

/** The amount as a coordinator types it back: "2,89" in French, "2.89" in English. */
export function eurosText(cents: number, locale: "fr" | "en"): string {
  const text = (cents / 100).toFixed(2);
  return locale === "fr" ? text.replace(".", ",") : text;
}

/** Minutes since midnight from a time field ("08:30", "8h30"); null when empty or malformed. */
export function minuteFromTime(value: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(normaliseTime(value));
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/** A whole number typed in a field; null when empty or not a whole number. */
export function wholeNumber(text: string): number | null {
  const cleaned = text.trim();
  return /^-?\d+$/.test(cleaned) ? Number(cleaned) : null;
}
