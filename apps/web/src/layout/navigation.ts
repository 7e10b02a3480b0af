import { ROLES, type Role } from "@tournee/domain";

/** A screen reachable from the navigation, and which roles may see it. */
export interface NavItem {
  to: string;
  /** Key in the i18n files (section "nav"). */
  labelKey: string;
  roles: readonly Role[];
}

/**
 * Screens that exist, in the order they appear. The first one a person's roles can see is
 * where they land after signing in: their day's work, not their account.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: "/accueil", labelKey: "resident.nav.home", roles: ["resident"] },
  { to: "/relais", labelKey: "relay.nav.households", roles: ["relay"] },
  { to: "/mes-messages", labelKey: "messages.nav.resident", roles: ["resident", "relay"] },
  { to: "/orientation/foyers", labelKey: "referrer.nav.households", roles: ["referrer"] },
  { to: "/orientation/demandes", labelKey: "referrer.nav.requests", roles: ["referrer"] },
  { to: "/orientation/orienter", labelKey: "referrer.nav.refer", roles: ["referrer"] },
  { to: "/producteur", labelKey: "producer.nav.home", roles: ["producer"] },
  { to: "/tournee", labelKey: "driver.nav.round", roles: ["driver"] },
  { to: "/coordination/semaine", labelKey: "coordinator.nav.week", roles: ["admin", "coordinator"] },
  { to: "/coordination/direct", labelKey: "driver.nav.live", roles: ["admin", "coordinator"] },
  { to: "/coordination/planification", labelKey: "coordinator.nav.planning", roles: ["admin", "coordinator"] },
  { to: "/coordination/foyers", labelKey: "coordinator.nav.households", roles: ["admin", "coordinator"] },
  { to: "/coordination/orientations", labelKey: "coordinator.nav.referrals", roles: ["admin", "coordinator"] },
  { to: "/coordination/arrets", labelKey: "coordinator.nav.stops", roles: ["admin", "coordinator"] },
  { to: "/coordination/flotte", labelKey: "coordinator.nav.fleet", roles: ["admin", "coordinator"] },
  { to: "/coordination/sites", labelKey: "coordinator.nav.sites", roles: ["admin", "coordinator"] },
  { to: "/coordination/catalogue", labelKey: "coordinator.nav.catalogue", roles: ["admin", "coordinator"] },
  { to: "/coordination/tournees-types", labelKey: "coordinator.nav.templates", roles: ["admin", "coordinator"] },
  { to: "/coordination/import", labelKey: "coordinator.nav.import", roles: ["admin", "coordinator"] },
  { to: "/coordination/messages", labelKey: "messages.nav.console", roles: ["admin", "coordinator"] },
  { to: "/partenaires/echanges", labelKey: "coordinator.nav.ledger", roles: ["admin", "coordinator"] },
  { to: "/compte", labelKey: "nav.account", roles: ROLES },
];

export function navFor(roles: readonly Role[], items: readonly NavItem[] = NAV_ITEMS): NavItem[] {
  return items.filter((item) => item.roles.some((role) => roles.includes(role)));
}

/** Where a person lands after signing in: the first screen their roles can see. */
export function landingPath(roles: readonly Role[], items: readonly NavItem[] = NAV_ITEMS): string {
  return navFor(roles, items)[0]?.to ?? "/compte";
}
