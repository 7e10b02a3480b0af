import { useEffect, useRef } from "react";
import { useTranslation } from "../i18n/use-translation";
import { NavLink, Outlet, useLocation } from "react-router";
import { ActingHouseholdProvider } from "../auth/acting-household-context";
import { rolesOf } from "../auth/roles";
import { useSignedInUser } from "../auth/session-context";
import { persistStorageOnce } from "../pwa/storage-persistence";
import { HouseholdSwitcher } from "./household-switcher";
import { NAV_ITEMS, navFor } from "./navigation";
import { OrganisationSwitcher } from "./organisation-switcher";
import { ShellHeader } from "./shell-header";

/** The frame around every signed-in screen: navigation for the person's roles, then the screen. */
export function AppLayout() {
  const { t } = useTranslation();
  const { user } = useSignedInUser();
  const roles = rolesOf(user);
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const isDriver = roles.includes("driver");

  useEffect(() => {
    if (isDriver) void persistStorageOnce();
  }, [isDriver]);

  // After a move between screens, start reading at the new screen, not at the top bar.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  return (
    <ActingHouseholdProvider user={user}>
      <ShellHeader>
        <nav aria-label={t("layout.mainNavigation")} className="app-nav">
          <ul>
            {navFor(roles, NAV_ITEMS, user.activeOrganisation?.kind, user.memberships).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{t(item.labelKey)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <HouseholdSwitcher />
        <OrganisationSwitcher />
      </ShellHeader>
      <main id="main" ref={main} className="page" tabIndex={-1}>
        <Outlet />
      </main>
    </ActingHouseholdProvider>
  );
}
