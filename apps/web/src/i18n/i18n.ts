import type { Locale } from "@tournee/domain";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { DEFAULT_LOCALE, LOCALE_STORAGE_KEY, pickLocale } from "./locale";
import { messages } from "./messages";

export const resources = { fr: { translation: messages.fr }, en: { translation: messages.en } } as const;

function storedChoice(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

i18next.on("languageChanged", (lng) => {
  document.documentElement.lang = lng;
});

void i18next.use(initReactI18next).init({
  resources,
  lng: pickLocale(storedChoice()),
  fallbackLng: DEFAULT_LOCALE,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The person chose a language on this device: it wins over their account's from now on. */
export function chooseLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage refused: the choice lasts until the page is reloaded.
  }
  void i18next.changeLanguage(locale);
}

/** After sign-in: use the account's language unless the person chose one on this device. */
export function adoptAccountLocale(locale: Locale): void {
  void i18next.changeLanguage(pickLocale(storedChoice(), locale));
}

export { i18next };
