import type { MessageTree } from "./merge-messages";
import { translator, type TFunction } from "./translator";

/** The translation function of `lng` over the given texts per language, for tests (French the fallback, as in the app). */
export function testTranslator(lng: string, texts: Record<string, object>): TFunction {
  return translator(new Map(Object.entries(texts) as [string, MessageTree][]), lng, "fr");
}
