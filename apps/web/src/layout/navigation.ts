import { ROLES, type OrganisationKind, type Role } from "@tournee/domain";

/** A screen reachable from the navigation, and which roles may see it. */
export interface NavItem {
  to: string;
  /** Key in the i18n files (section "nav"). */
  labelKey: string;
  roles: readonly Role[];
  /**
   * Console screens: the kinds of organisation they serve. Coordinators and admins see them only
   * while their console shows such an organisation (a bakery's menu is not a grocery's).
   */
  kinds?: readonly OrganisationKind[];
  /**
   * Shown only to people who hold one of `roles` as members of an organisation of these kinds
   * (a town hall's halts: its relay account, not a relative ordering for a household).
   */
  memberOf?: readonly OrganisationKind[];
}

type HeldMembership = { role: Role; organisationKind: OrganisationKind };

const CONSOLE_ROLES: readonly Role[] = ["admin", "coordinator"];
const GROCERY: readonly OrganisationKind[] = ["social_grocery"];
const BAKERY: readonly OrganisationKind[] = ["solidarity_bakery"];
/** Organisations that deliver to households themselves (a bakery's home portage too). */
const DELIVERING: readonly OrganisationKind[] = ["social_grocery", "solidarity_bakery"];
/** A partner charity: its households and products ride on another organisation's rounds. */
const PARTNER: readonly OrganisationKind[] = ["partner"];

/**
 * Screens that exist, in the order they appear. The first one a person's roles can see is
 * where they land after signing in: their day's work, not their account.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: "/accueil", labelKey: "resident.nav.home", roles: ["resident"] },
  { to: "/relais", labelKey: "relay.nav.households", roles: ["relay"] },
  { to: "/mairie/haltes", labelKey: "townHall.nav", roles: ["relay"], memberOf: ["partner"] },
  { to: "/mes-messages", labelKey: "messages.nav.resident", roles: ["resident", "relay"] },
  { to: "/orientation/foyers", labelKey: "referrer.nav.households", roles: ["referrer"] },
  { to: "/orientation/demandes", labelKey: "referrer.nav.requests", roles: ["referrer"] },
  { to: "/orientation/orienter", labelKey: "referrer.nav.refer", roles: ["referrer"] },
  { to: "/producteur", labelKey: "producer.nav.home", roles: ["producer"] },
  { to: "/tournee", labelKey: "driver.nav.round", roles: ["driver"] },
  { to: "/admin/organisations", labelKey: "admin.nav.organisations", roles: ["admin"] },
  { to: "/admin/personnes", labelKey: "admin.nav.people", roles: ["admin"] },
  { to: "/admin/journal", labelKey: "admin.nav.audit", roles: ["admin"] },
  { to: "/amap/contrats", labelKey: "amap.nav.contracts", roles: CONSOLE_ROLES, kinds: ["amap"] },
  { to: "/boulangerie/semaine", labelKey: "bakery.nav.week", roles: CONSOLE_ROLES, kinds: BAKERY },
  { to: "/boulangerie/production", labelKey: "bakery.nav.production", roles: CONSOLE_ROLES, kinds: BAKERY },
  { to: "/boulangerie/catalogue", labelKey: "bakery.nav.catalogue", roles: CONSOLE_ROLES, kinds: BAKERY },
  { to: "/boulangerie/tournees", labelKey: "bakery.nav.rounds", roles: CONSOLE_ROLES, kinds: BAKERY },
  { to: "/coordination/semaine", labelKey: "coordinator.nav.week", roles: CONSOLE_ROLES, kinds: GROCERY },
  { to: "/coordination/direct", labelKey: "driver.nav.live", roles: CONSOLE_ROLES, kinds: DELIVERING },
  { to: "/coordination/planification", labelKey: "coordinator.nav.planning", roles: CONSOLE_ROLES, kinds: DELIVERING },
  { to: "/coordination/foyers", labelKey: "coordinator.nav.households", roles: CONSOLE_ROLES, kinds: [...DELIVERING, ...PARTNER] },
  { to: "/coordination/orientations", labelKey: "coordinator.nav.referrals", roles: CONSOLE_ROLES, kinds: GROCERY },
  { to: "/coordination/arrets", labelKey: "coordinator.nav.stops", roles: CONSOLE_ROLES, kinds: GROCERY },
  { to: "/coordination/communes", labelKey: "communes.nav", roles: CONSOLE_ROLES, kinds: GROCERY },
  { to: "/coordination/flotte", labelKey: "coordinator.nav.fleet", roles: CONSOLE_ROLES, kinds: DELIVERING },
  { to: "/coordination/indemnites-kilometriques", labelKey: "coordinator.nav.mileage", roles: CONSOLE_ROLES, kinds: DELIVERING },
  { to: "/coordination/sites", labelKey: "coordinator.nav.sites", roles: CONSOLE_ROLES, kinds: DELIVERING },
  { to: "/coordination/catalogue", labelKey: "coordinator.nav.catalogue", roles: CONSOLE_ROLES, kinds: GROCERY },
  { to: "/coordination/catalogue", labelKey: "coordinator.nav.products", roles: CONSOLE_ROLES, kinds: PARTNER },
  { to: "/coordination/producteurs", labelKey: "supply.nav", roles: CONSOLE_ROLES, kinds: GROCERY },
  { to: "/coordination/reception", labelKey: "supply.navDrops", roles: CONSOLE_ROLES, kinds: GROCERY },
  { to: "/coordination/tournees-types", labelKey: "coordinator.nav.templates", roles: CONSOLE_ROLES, kinds: DELIVERING },
  { to: "/coordination/import", labelKey: "coordinator.nav.import", roles: CONSOLE_ROLES, kinds: GROCERY },
  { to: "/coordination/messages", labelKey: "messages.nav.console", roles: CONSOLE_ROLES, kinds: DELIVERING },
  { to: "/partenaires/tournees", labelKey: "coordinator.nav.pooledRounds", roles: CONSOLE_ROLES },
  { to: "/partenaires/alertes", labelKey: "coordinator.nav.partnerAlerts", roles: CONSOLE_ROLES, kinds: PARTNER },
  { to: "/amap/contrats", labelKey: "amap.nav.contracts", roles: CONSOLE_ROLES, kinds: GROCERY },
  { to: "/partenaires/echanges", labelKey: "coordinator.nav.ledger", roles: CONSOLE_ROLES },
  { to: "/compte", labelKey: "nav.account", roles: ROLES },
];

/** The screens a person sees, given their roles, the kind of organisation their console shows and their memberships. */
export function navFor(roles: readonly Role[], items: readonly NavItem[] = NAV_ITEMS, kind?: OrganisationKind | null, memberships: readonly HeldMembership[] = []): NavItem[] {
  return items.filter((item) => {
    const { memberOf } = item;
    if (memberOf) return memberships.some((m) => item.roles.includes(m.role) && memberOf.includes(m.organisationKind));
    return item.roles.some((role) => roles.includes(role) && (!item.kinds || !CONSOLE_ROLES.includes(role) || (kind ? item.kinds.includes(kind) : false)));
  });
}

/** Where a person lands after signing in: the first screen their roles can see. */
export function landingPath(roles: readonly Role[], items: readonly NavItem[] = NAV_ITEMS, kind?: OrganisationKind | null): string {
  return navFor(roles, items, kind)[0]?.to ?? "/compte";
}
