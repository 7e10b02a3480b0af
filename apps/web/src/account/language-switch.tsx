import { LOCALES, type Locale } from "@tournee/domain";
import { api } from "../api/client";
import { authApi } from "../auth/auth-api";
import { useTranslation } from "../i18n/use-translation";
import { chooseLocale } from "../i18n/i18n";
import { NATIVE_NAMES } from "../i18n/locale";
import { useLocale } from "../i18n/use-locale";

const auth = authApi(api);

/** Applies the language at once on this device, and saves it on the account when online. */
function choose(locale: Locale): void {
  chooseLocale(locale);
  auth.saveLocale(locale).catch(() => {
    // Offline or signed out: the choice still holds on this device.
  });
}

export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLocale();
  return (
    <fieldset className="choices">
      <legend>{t("account.language")}</legend>
      {LOCALES.map((locale) => (
        <label key={locale} className="check" lang={locale}>
          <input type="radio" name="locale" value={locale} checked={current === locale} onChange={() => choose(locale)} />
          {NATIVE_NAMES[locale]}
        </label>
      ))}
    </fieldset>
  );
}
