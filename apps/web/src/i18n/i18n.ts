import type { Locale } from "@tournee/domain";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { DEFAULT_LOCALE, isLocale, LOCALE_STORAGE_KEY, pickLocale } from "./locale";
import { loadMessages, type TextPart } from "./messages";

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

/** Parts of the texts the screens opened so far need, in whatever language is shown. */
const wanted = new Set<TextPart>(["base"]);
const loaded = new Set<string>();

async function loadTexts(locale: Locale): Promise<void> {
  const missing = [...wanted].filter((part) => !loaded.has(`${locale}:${part}`));
  const trees = await Promise.all(missing.map((part) => loadMessages(locale, part)));
  missing.forEach((part, i) => {
    i18next.addResourceBundle(locale, "translation", trees[i], true, false);
    loaded.add(`${locale}:${part}`);
  });
}

/** Shows the app in `locale`, downloading its texts first if this page has not got them yet. */
async function switchTo(locale: Locale): Promise<void> {
  await loadTexts(locale);
  await i18next.changeLanguage(locale);
}

/** A screen that needs parts of the texts waits for them before it renders. */
export async function needTexts(...parts: TextPart[]): Promise<void> {
  for (const part of parts) wanted.add(part);
  await loadTexts(isLocale(i18next.language) ? i18next.language : DEFAULT_LOCALE);
}

/** Resolves once the texts of the language to show are loaded: render after it. */
export const translationsReady: Promise<void> = i18next
  .use(initReactI18next)
  .init({ resources: {}, fallbackLng: DEFAULT_LOCALE, interpolation: { escapeValue: false }, returnNull: false })
  .then(() => switchTo(pickLocale(storedChoice())));

/** The person chose a language on this device: it wins over their account's from now on. */
export function chooseLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage refused: the choice lasts until the page is reloaded.
  }
  void switchTo(locale);
}

/** After sign-in: use the account's language unless the person chose one on this device. */
export function adoptAccountLocale(locale: Locale): void {
  void switchTo(pickLocale(storedChoice(), locale));
}

export { i18next };
