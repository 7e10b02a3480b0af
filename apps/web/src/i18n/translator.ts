import type { MessageTree } from "./merge-messages";

/**
 * What a text is asked with: values for its `{{placeholders}}`, `count` to pick a plural form
 * (`key_one`, `key_other`, and `key_zero` for none), `context` to pick a variant (`key_relay`),
 * and `defaultValue` when the text may be missing.
 */
export type TOptions = Record<string, unknown> & { count?: number; context?: string; defaultValue?: string };

export type TFunction = (key: string, options?: TOptions) => string;

/** The texts of each language shown, looked up in one language, then in the fallback's. */
export interface Texts {
  get(language: string): MessageTree | undefined;
}

const PLACEHOLDER = /\{\{(.+?)\}\}/g;
/** `$t(other.key)` or `$t(other.key, {"count": 3})` inside a text: that other text. */
const NESTED = /\$t\(([^,)]+)(?:,\s*(\{.*?\})\s*)?\)/g;

export function lookUp(tree: MessageTree | undefined, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split(".")) {
    if (typeof node !== "object") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

const rules = new Map<string, Intl.PluralRules>();
/** A language's plural rules, made once: a long list asks for them at every line. */
function pluralRules(language: string): Intl.PluralRules {
  let made = rules.get(language);
  if (!made) rules.set(language, (made = new Intl.PluralRules(language)));
  return made;
}

/** The keys to try, most precise first: context and plural form, context, plural form, the key. */
function candidates(key: string, language: string, options: TOptions): string[] {
  const plural = typeof options.count === "number";
  const form = plural ? `_${pluralRules(language).select(options.count!)}` : "";
  const zero = plural && options.count === 0;
  const context = options.context !== undefined && options.context !== "" ? `${key}_${options.context}` : null;
  const keys: string[] = [];
  if (context) keys.push(...(zero ? [`${context}_zero`] : []), ...(plural ? [context + form] : []), context);
  keys.push(...(zero ? [`${key}_zero`] : []), ...(plural ? [key + form] : []), key);
  return keys;
}

function interpolate(text: string, options: TOptions): string {
  return text.replace(PLACEHOLDER, (match, name: string) => {
    const value = name
      .trim()
      .split(".")
      .reduce<unknown>((at, part) => (at !== null && typeof at === "object" ? (at as Record<string, unknown>)[part] : undefined), options);
    if (value === undefined) return Object.hasOwn(options, name.trim()) ? "" : match;
    return value === null ? "" : String(value);
  });
}

/**
 * A translation function over `texts`, in `language` then `fallback`. It reads the same JSON files
 * i18next did, with the parts of its format the app uses: dotted keys, `{{placeholders}}` (never
 * escaped: React escapes), plural forms chosen by `Intl.PluralRules`, contexts and `$t()` nesting.
 * A text missing in both languages is shown as its key, so it is noticed.
 */
export function translator(texts: Texts, language: string, fallback: string): TFunction {
  const t: TFunction = (key, options = {}) => {
    let found: string | undefined;
    for (const lang of language === fallback ? [language] : [language, fallback]) {
      for (const candidate of candidates(key, lang, options)) {
        found = lookUp(texts.get(lang), candidate);
        if (found !== undefined) break;
      }
      if (found !== undefined) break;
    }
    if (found === undefined) return options.defaultValue === undefined ? key : interpolate(options.defaultValue, options);
    const text = interpolate(found, options);
    return text.includes("$t(") ? text.replace(NESTED, (_, nestedKey: string, json?: string) => nested(nestedKey.trim(), json, options)) : text;
  };
  /** A nested text, with the options of the text it is in and its own; unreadable options show as they are. */
  const nested = (key: string, json: string | undefined, options: TOptions): string => {
    let own: TOptions;
    try {
      own = json ? (JSON.parse(json) as TOptions) : {};
    } catch {
      return `${key},${json}`;
    }
    return t(key, { ...options, defaultValue: undefined, ...own });
  };
  return t;
}
