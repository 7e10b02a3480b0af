import type { Locale } from "@tournee/domain";
import { INTL_LOCALE } from "../i18n/locale";

/** @example formatEuros(1240, "fr") // "12,40 €" */
export function formatEuros(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: "currency", currency: "EUR" }).format(cents / 100);
}

/** "HH:MM" from minutes since midnight. */
export function minuteText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
