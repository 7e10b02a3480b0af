import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { rolesOf } from "../auth/roles";
import { DelegationsPanel } from "../delegations/delegations-panel";
import { useSession, useSignedInUser } from "../auth/session-context";
import { usePageTitle } from "../layout/use-page-title";
import { FormAlert } from "../ui/form-alert";
import { StaffPushPanel } from "../messages/staff-push-panel";
import { LanguageSwitch } from "./language-switch";
import { Memberships } from "./memberships";
import { PasswordForm } from "./password-form";
import { StorageStatus } from "./storage-status";

/** "Mon compte": who is signed in, for which organisations and roles, language, sign-out. */
export function AccountPage() {
  const { t } = useTranslation();
  const { user, offline } = useSignedInUser();
  const { logout } = useSession();
  const [logoutError, setLogoutError] = useState<string>();
  usePageTitle(t("account.title"));

  async function signOut() {
    setLogoutError(undefined);
    try {
      await logout(); // the signed-out state sends the person to the login page
    } catch {
      setLogoutError(t("account.logoutFailed"));
    }
  }

  return (
    <>
      <h1>{t("account.title")}</h1>
      {offline && <p className="alert alert--info">{t("account.offlineCopy")}</p>}
      <section aria-labelledby="who-title">
        <h2 id="who-title">{t("account.who")}</h2>
        <dl className="facts">
          <dt>{t("account.name")}</dt>
          <dd>{user.displayName}</dd>
          <dt>{t("account.email")}</dt>
          <dd>{user.email ?? t("account.noEmail")}</dd>
        </dl>
      </section>
      <Memberships user={user} />
      {!offline && user.households.filter((h) => h.relation === "own").map((h) => <DelegationsPanel key={h.id} householdId={h.id} as="household" />)}
      <section aria-labelledby="language-title">
        <h2 id="language-title">{t("account.languageTitle")}</h2>
        <LanguageSwitch />
      </section>
      {user.email && !offline && <PasswordForm />}
      {!offline && <StaffPushPanel roles={rolesOf(user)} />}
      {rolesOf(user).includes("driver") && <StorageStatus />}
      <FormAlert message={logoutError} />
      <button type="button" className="button" onClick={() => void signOut()}>
        {t("account.logout")}
      </button>
    </>
  );
}
