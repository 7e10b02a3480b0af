import type { ReactNode } from "react";
import { useTranslation } from "../i18n/use-translation";
import { Navigate, useLocation } from "react-router";
import { useSession } from "../auth/session-context";

/** Screens behind it need a signed-in person; others are sent to the login page and back. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { state } = useSession();
  const location = useLocation();
  if (state.status === "loading") {
    return (
      <p className="page" role="status">
        {t("layout.loading")}
      </p>
    );
  }
  if (state.status === "anonymous") {
    const next = `${location.pathname}${location.search}`;
    const plain = next === "/" || state.signedOut;
    return <Navigate to={plain ? "/connexion" : `/connexion?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
}
