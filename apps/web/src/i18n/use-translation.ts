import { useSyncExternalStore } from "react";
import { shown } from "./i18n";
import type { TFunction } from "./translator";

/** The translation function of the language shown; the screen renders again when the person changes language. */
export function useTranslation(): { t: TFunction } {
  return { t: useSyncExternalStore(shown.subscribe, shown.t) };
}
