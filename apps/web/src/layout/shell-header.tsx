import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { OnlineStatus } from "../pwa/online-status";

/** The top bar of every screen: skip link, name, connection state, and what the screen adds. */
export function ShellHeader({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("layout.skipToContent")}
      </a>
      <header className="app-header">
        <div className="app-header__bar">
          <span className="brand">Tournée</span>
          <OnlineStatus />
        </div>
        {children}
      </header>
    </>
  );
}
