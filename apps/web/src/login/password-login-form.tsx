import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useSession } from "../auth/session-context";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { useLoginAttempt } from "./use-login-attempt";
import { checkPasswordLogin } from "./validate-login";

export function PasswordLoginForm() {
  const { t } = useTranslation();
  const { login } = useSession();
  const { busy, message, fields, attempt, reject } = useLoginAttempt("password");
  const [showPassword, setShowPassword] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const checked = checkPasswordLogin({ email: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") }, t);
    if (!checked.ok) return reject(checked.fields);
    void attempt(() => login(checked.request));
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="login-password-title">
      <h2 id="login-password-title">{t("login.password.title")}</h2>
      <FormAlert message={message} />
      <TextField label={t("login.password.email")} name="email" type="email" autoComplete="username" required error={fields.email} />
      <TextField
        label={t("login.password.password")}
        name="password"
        type={showPassword ? "text" : "password"}
        autoComplete="current-password"
        required
        error={fields.password}
      />
      <label className="check">
        <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
        {t("login.password.show")}
      </label>
      <button type="submit" className="button button--primary" aria-busy={busy || undefined}>
        {busy ? t("login.busy") : t("login.submit")}
      </button>
    </form>
  );
}
