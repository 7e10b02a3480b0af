import type { FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useSession } from "../auth/session-context";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { useLoginAttempt } from "./use-login-attempt";
import { checkCodeLogin } from "./validate-login";

/** Sign-in with the 8-digit code a coordinator gave: for people who have no e-mail or password. */
export function CodeLoginForm({ initialCode = "" }: { initialCode?: string }) {
  const { t } = useTranslation();
  const { loginWithCode } = useSession();
  const { busy, message, fields, attempt, reject } = useLoginAttempt("code");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkCodeLogin({ code: String(new FormData(event.currentTarget).get("code") ?? "") }, t);
    if (!checked.ok) return reject(checked.fields);
    void attempt(() => loginWithCode(checked.request));
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="login-code-title">
      <h2 id="login-code-title">{t("login.code.title")}</h2>
      <FormAlert message={message} />
      <TextField
        label={t("login.code.label")}
        hint={t("login.code.hint")}
        name="code"
        className="code-input"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={20}
        defaultValue={initialCode}
        required
        error={fields.code}
      />
      <button type="submit" className="button button--primary" aria-busy={busy || undefined}>
        {busy ? t("login.busy") : t("login.submit")}
      </button>
    </form>
  );
}
