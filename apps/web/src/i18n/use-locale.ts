import type { Locale } from "@tournee/domain";
import { useTranslation } from "react-i18next";
import { DEFAULT_LOCALE, isLocale } from "./locale";

/** The language the app is shown in right now. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}
