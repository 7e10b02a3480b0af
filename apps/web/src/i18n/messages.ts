import type { Locale } from "@tournee/domain";
import type { MessageTree } from "./merge-messages";

/**
 * The texts of a language come in parts, each its own chunk: a driver's phone downloads only
 * the language it shows, the shell's texts and its round's, never the other screens'.
 */
export type TextPart = "base" | "driver" | "areas" | "console";

type Loader = () => Promise<{ default: MessageTree }>;

const loaders: Record<Locale, Record<TextPart, Loader>> = {
  fr: { base: () => import("./fr/index"), driver: () => import("./fr/driver"), areas: () => import("./fr/areas"), console: () => import("./fr/console") },
  en: { base: () => import("./en/index"), driver: () => import("./en/driver"), areas: () => import("./en/areas"), console: () => import("./en/console") },
};

export async function loadMessages(locale: Locale, part: TextPart): Promise<MessageTree> {
  return (await loaders[locale][part]()).default;
}
