import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useLocale } from "../i18n/use-locale";
import { describeLoginError, type LoginMode } from "./describe-login-error";

/** State of one sign-in form: busy while the request runs, then the error text if it failed. */
export function useLoginAttempt(mode: LoginMode) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();
  const [fields, setFields] = useState<Record<string, string>>({});

  async function attempt(send: () => Promise<void>): Promise<void> {
    setBusy(true);
    setMessage(undefined);
    try {
      await send();
    } catch (error) {
      const text = describeLoginError(error, { mode, t, locale });
      setMessage(text.message);
      setFields(text.fields);
    } finally {
      setBusy(false);
    }
  }

  function reject(invalid: Record<string, string>): void {
    setFields(invalid);
    setMessage(t("errors.checkFields"));
  }

  return { busy, message, fields, attempt, reject };
}
