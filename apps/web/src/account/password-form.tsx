import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import { api } from "../api/client";
import { authApi } from "../auth/auth-api";
import { describeError } from "../coordinator/describe-error";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";

const auth = authApi(api);

/**
 * Choosing a password, for a person who signed in with a one-time code (a new driver) or who
 * wants to change it. Signing in with a password needs an e-mail, so only accounts with one see it.
 */
export function PasswordForm() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string>();
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const currentPassword = String(data.get("currentPassword") ?? "");
    const newPassword = String(data.get("newPassword") ?? "");
    setErrors({});
    setAlert(undefined);
    setSaved(false);
    if (newPassword !== String(data.get("confirmPassword") ?? "")) {
      setErrors({ confirmPassword: t("account.password.mismatch") });
      return;
    }
    try {
      await auth.setPassword({ ...(currentPassword ? { currentPassword } : {}), newPassword });
      form.reset();
      setSaved(true);
    } catch (error) {
      const fields = isApiError(error) ? error.fieldMessages() : {};
      setErrors({
        ...(fields.currentPassword ? { currentPassword: t("account.password.wrongCurrent") } : {}),
        ...(fields.newPassword ? { newPassword: t("account.password.tooShort") } : {}),
      });
      setAlert(isApiError(error) && error.problem?.code === "validation_failed" ? t("errors.checkFields") : describeError(t, error));
    }
  }

  return (
    <section aria-labelledby="password-title">
      <h2 id="password-title">{t("account.password.title")}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert message={alert} />
        <TextField name="currentPassword" type="password" autoComplete="current-password" label={t("account.password.current")} hint={t("account.password.currentHint")} error={errors.currentPassword} />
        <TextField name="newPassword" type="password" autoComplete="new-password" label={t("account.password.new")} hint={t("account.password.newHint")} error={errors.newPassword} />
        <TextField name="confirmPassword" type="password" autoComplete="new-password" label={t("account.password.confirm")} error={errors.confirmPassword} />
        <button type="submit" className="button button--primary">
          {t("account.password.save")}
        </button>
        {saved && <p role="status" className="alert alert--info">{t("account.password.saved")}</p>}
      </form>
    </section>
  );
}
