import type { Locale } from "@tournee/domain";
import type { MessageTree } from "./merge-messages";

/**
 * The texts of a language come in parts, each its own chunk: a driver's phone downloads only
 * the language it shows and never the console's texts.
 */
export type TextPart = "base" | "console";

type Loader = () => Promise<{ default: MessageTree }>;

const loaders: Record<Locale, Record<TextPart, Loader>> = {
  fr: { base: () => import("./fr/index"), console: () => import("./fr/console") },
  en: { base: () => import("./en/index"), console: () => import("./en/console") },
};

export async function loadMessages(locale: Locale, part: TextPart): Promise<MessageTree> {
  return (await loaders[locale][part]()).default;
}
