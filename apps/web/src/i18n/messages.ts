import type { Locale } from "@tournee/domain";
import type { MessageTree } from "./merge-messages";

/** Each language is its own chunk: a phone downloads and parses only the language it shows. */
const loaders: Record<Locale, () => Promise<{ default: MessageTree }>> = {
  fr: () => import("./fr/index"),
  en: () => import("./en/index"),
};

export async function loadMessages(locale: Locale): Promise<MessageTree> {
  return (await loaders[locale]()).default;
}
