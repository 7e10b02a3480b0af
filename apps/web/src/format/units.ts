/** Distances, durations and loads as a planner reads them: "182 km", "4 h 35", "420 L". */
import type { Locale } from "@tournee/domain";
import { INTL_LOCALE } from "../i18n/locale";

const number = (locale: Locale, digits: number) => new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits });

/** @example formatDistance(182_400, "fr") // "182 km"; formatDistance(4_250, "fr") // "4,3 km" */
export function formatDistance(metres: number, locale: Locale): string {
  const km = metres / 1000;
  return `${number(locale, km < 10 ? 1 : 0).format(km)}\u00a0km`;
}

/** @example formatDuration(16_500, "fr") // "4 h 35"; formatDuration(2_700, "fr") // "45 min" */
export function formatDuration(seconds: number, locale: Locale): string {
  const minutes = Math.round(seconds / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}\u00a0min`;
  const mm = String(m).padStart(2, "0");
  return locale === "fr" ? `${h}\u00a0h\u00a0${mm}` : `${h}\u00a0h\u00a0${mm}\u00a0min`;
}

/** A whole number in the reader's digits, e.g. "1 500". */
export function formatCount(value: number, locale: Locale): string {
  return number(locale, 1).format(value);
}
