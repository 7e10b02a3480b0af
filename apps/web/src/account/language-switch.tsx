import { LOCALES } from "@tournee/domain";
import { useTranslation } from "react-i18next";
import { chooseLocale } from "../i18n/i18n";
import { NATIVE_NAMES } from "../i18n/locale";
import { useLocale } from "../i18n/use-locale";

export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLocale();
  return (
    <fieldset className="choices">
      <legend>{t("account.language")}</legend>
      {LOCALES.map((locale) => (
        <label key={locale} className="check" lang={locale}>
          <input type="radio" name="locale" value={locale} checked={current === locale} onChange={() => chooseLocale(locale)} />
          {NATIVE_NAMES[locale]}
        </label>
      ))}
    </fieldset>
  );
}
