import type { Locale } from "@tournee/domain";
import { useSyncExternalStore } from "react";
import { shown } from "./i18n";

/** The language the app is shown in right now. */
export function useLocale(): Locale {
  return useSyncExternalStore(shown.subscribe, shown.language);
}
