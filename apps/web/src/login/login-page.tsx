import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { Navigate, useSearchParams } from "react-router";
import { useSession } from "../auth/session-context";
import { rolesOf } from "../auth/roles";
import { LanguageToggle } from "../layout/language-toggle";
import { landingPath } from "../layout/navigation";
import { ShellHeader } from "../layout/shell-header";
import { usePageTitle } from "../layout/use-page-title";
import { CodeLoginForm } from "./code-login-form";
import type { LoginMode } from "./describe-login-error";
import { PasswordLoginForm } from "./password-login-form";

/** Two ways in: e-mail and password, or the 8-digit code ("J'ai un code"). */
export function LoginPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const [params] = useSearchParams();
  // A link with a one-time code in it (an invitation) opens on the code, filled in.
  const [mode, setMode] = useState<LoginMode>(params.get("code") ? "code" : "password");
  usePageTitle(t("login.title"));

  if (state.status === "signed-in") {
    const next = params.get("next");
    return <Navigate to={next?.startsWith("/") && !next.startsWith("//") ? next : landingPath(rolesOf(state.user), undefined, state.user.activeOrganisation?.kind)} replace />;
  }

  return (
    <>
      <ShellHeader actions={<LanguageToggle />} />
      <main id="main" className="page page--narrow" tabIndex={-1}>
        <h1>{t("login.title")}</h1>
        <p>{t("login.intro")}</p>
        <div className="switch" role="group" aria-label={t("login.modeLabel")}>
          <button type="button" className="button" aria-pressed={mode === "password"} onClick={() => setMode("password")}>
            {t("login.modePassword")}
          </button>
          <button type="button" className="button" aria-pressed={mode === "code"} onClick={() => setMode("code")}>
            {t("login.modeCode")}
          </button>
        </div>
        {mode === "password" ? <PasswordLoginForm /> : <CodeLoginForm initialCode={params.get("code") ?? ""} />}
      </main>
    </>
  );
}
