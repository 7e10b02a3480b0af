import { LOCALES, type Locale } from "@tournee/domain";

/** The app speaks French first; English is available. */
export const DEFAULT_LOCALE: Locale = "fr";

/** localStorage key of the language the person chose on this device. */
export const LOCALE_STORAGE_KEY = "tournee.locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Language to show: the person's choice on this device, else their account's, else French. */
export function pickLocale(stored: string | null, account?: Locale): Locale {
  if (isLocale(stored)) return stored;
  return account ?? DEFAULT_LOCALE;
}

/** Intl locale per app language; English uses the 24-hour clock, as in France. */
export const INTL_LOCALE: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };

/** Each language named in itself, so a person who cannot read the current one still finds theirs. */
export const NATIVE_NAMES: Record<Locale, string> = { fr: "Français", en: "English" };
