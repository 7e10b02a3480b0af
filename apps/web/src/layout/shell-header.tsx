import type { ReactNode } from "react";
import { useTranslation } from "../i18n/use-translation";
import { OnlineStatus } from "../pwa/online-status";

/** The top bar of every screen: skip link, name, connection state, the screen's actions, then what it adds below. */
export function ShellHeader({ children, actions }: { children?: ReactNode; actions?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("layout.skipToContent")}
      </a>
      <header className="app-header">
        <div className="app-header__bar">
          <span className="brand">Tournée</span>
          <div className="app-header__end">
            <OnlineStatus />
            {actions}
          </div>
        </div>
        {children}
      </header>
    </>
  );
}
