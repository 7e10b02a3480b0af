import { LOCALES } from "@tournee/domain";
import { chooseLocale } from "../i18n/i18n";
import { useLocale } from "../i18n/use-locale";
import { NATIVE_NAMES } from "../i18n/locale";

/** Before signing in: one button per other language, named in that language. */
export function LanguageToggle() {
  const current = useLocale();
  return (
    <>
      {LOCALES.filter((l) => l !== current).map((locale) => (
        <button key={locale} type="button" className="button" lang={locale} onClick={() => chooseLocale(locale)}>
          {NATIVE_NAMES[locale]}
        </button>
      ))}
    </>
  );
}
