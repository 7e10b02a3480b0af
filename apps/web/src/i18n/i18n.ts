import type { Locale } from "@tournee/domain";
import { DEFAULT_LOCALE, LOCALE_STORAGE_KEY, pickLocale } from "./locale";
import { mergeMessages, type MessageTree } from "./merge-messages";
import { loadMessages, type TextPart } from "./messages";
import { lookUp, translator, type TFunction } from "./translator";

function storedChoice(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The texts downloaded so far, per language: the parts merged into one tree. */
const texts = new Map<string, MessageTree>();
let language: Locale = DEFAULT_LOCALE;
let t: TFunction = translator(texts, language, DEFAULT_LOCALE);
const listeners = new Set<() => void>();

/** The language shown, and its translation function (the same function until the language changes). */
export const shown = {
  language: (): Locale => language,
  t: (): TFunction => t,
  /** Calls `listener` when the person changes language; returns how to stop. */
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Parts of the texts the screens opened so far need, in whatever language is shown. */
const wanted = new Set<TextPart>(["base"]);
const loaded = new Set<string>();

async function loadTexts(locale: Locale): Promise<void> {
  const missing = [...wanted].filter((part) => !loaded.has(`${locale}:${part}`));
  const trees = await Promise.all(missing.map((part) => loadMessages(locale, part)));
  missing.forEach((part, i) => {
    if (loaded.has(`${locale}:${part}`)) return;
    texts.set(locale, mergeMessages([[`${locale} texts`, texts.get(locale) ?? {}], [`${locale}/${part}`, trees[i]!]]));
    loaded.add(`${locale}:${part}`);
  });
}

/** Shows the app in `locale`, downloading its texts first if this page has not got them yet. */
async function switchTo(locale: Locale): Promise<void> {
  await loadTexts(locale);
  // Screens' text functions are also imported where there is no page (their unit tests).
  const page = globalThis.document?.documentElement;
  if (page) page.lang = locale;
  if (locale === language) return;
  language = locale;
  t = translator(texts, locale, DEFAULT_LOCALE);
  for (const listener of listeners) listener();
}

/** A screen that needs parts of the texts waits for them before it renders. */
export async function needTexts(...parts: TextPart[]): Promise<void> {
  for (const part of parts) wanted.add(part);
  await loadTexts(language);
}

/** Resolves once the texts of the language to show are loaded: render after it. */
export const translationsReady: Promise<void> = switchTo(pickLocale(storedChoice()));

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

/** Whether a text exists in the language shown or the fallback (plural forms and contexts aside). */
export function hasText(key: string): boolean {
  return [language, DEFAULT_LOCALE].some((locale) => lookUp(texts.get(locale), key) !== undefined);
}
