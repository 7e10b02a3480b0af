import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { matchPath } from "react-router";
import { needTexts } from "./i18n/i18n";
import type { TextPart } from "./i18n/messages";

/** A screen whose code is its own chunk, loaded on first use or ahead of it with `preload()`. */
export type Screen = LazyExoticComponent<ComponentType> & { preload(): Promise<unknown> };

/**
 * Each area's screens are a separate chunk, with the parts of the texts they need, so a driver's
 * phone never parses the coordinators' console nor downloads its words. The service worker
 * precaches every chunk: they all load offline.
 */
function screenWith<M>(parts: readonly TextPart[], load: () => Promise<M>, name: keyof M & string): Screen {
  let loading: Promise<M> | undefined;
  const preload = () => (loading ??= Promise.all([load(), needTexts(...parts)]).then(([module]) => module));
  return Object.assign(
    lazy(async () => ({ default: (await preload())[name] as ComponentType })),
    { preload },
  );
}

/** A screen of residents, relays, referrers, producers, town halls, AMAPs or anyone's account. */
export function screen<M>(load: () => Promise<M>, name: keyof M & string): Screen {
  return screenWith(["areas"], load, name);
}

/** A screen of the coordinators' console, with the console's texts and the areas' it shares. */
function consoleScreen<M>(load: () => Promise<M>, name: keyof M & string): Screen {
  return screenWith(["areas", "console"], load, name);
}

/** A screen of the driver's round: only the round's texts, to keep the phone's download small. */
function driverScreen<M>(load: () => Promise<M>, name: keyof M & string): Screen {
  return screenWith(["driver"], load, name);
}

/** The signed-in screens by path (relative to the root), in the order the router tries them. */
export const SCREENS: readonly { path: string; Screen: Screen }[] = [
  { path: "compte", Screen: screen(() => import("./account/account-page"), "AccountPage") },
  { path: "accueil", Screen: screen(() => import("./resident/resident-home"), "ResidentHome") },
  { path: "commande/:passageId", Screen: screen(() => import("./resident/order-page"), "OrderPage") },
  { path: "relais", Screen: screen(() => import("./relay/relay-home"), "RelayHome") },
  { path: "mairie/haltes", Screen: screen(() => import("./town-hall/hosted-halts-page"), "HostedHaltsPage") },
  { path: "orientation/foyers", Screen: screen(() => import("./referrer/households-page"), "ReferrerHouseholdsPage") },
  { path: "orientation/foyers/:id", Screen: screen(() => import("./referrer/household-page"), "ReferrerHouseholdPage") },
  { path: "orientation/demandes", Screen: screen(() => import("./referrer/requests-page"), "ReferrerRequestsPage") },
  { path: "orientation/orienter", Screen: screen(() => import("./referrer/refer-page"), "ReferPage") },
  { path: "producteur", Screen: screen(() => import("./producer/producer-home"), "ProducerHome") },
  { path: "coordination/semaine", Screen: consoleScreen(() => import("./coordinator/week-page"), "WeekPage") },
  { path: "coordination/tournees/:id", Screen: consoleScreen(() => import("./coordinator/round-page"), "RoundPage") },
  { path: "coordination/planification", Screen: consoleScreen(() => import("./coordinator/planning-page"), "PlanningPage") },
  { path: "coordination/foyers", Screen: consoleScreen(() => import("./coordinator/households-page"), "HouseholdsPage") },
  { path: "coordination/foyers/nouveau", Screen: consoleScreen(() => import("./coordinator/household-page"), "NewHouseholdPage") },
  { path: "coordination/foyers/:id", Screen: consoleScreen(() => import("./coordinator/household-page"), "HouseholdPage") },
  { path: "coordination/orientations", Screen: consoleScreen(() => import("./coordinator/referrals-page"), "ReferralsPage") },
  { path: "coordination/orientations/:id", Screen: consoleScreen(() => import("./coordinator/referral-page"), "ReferralPage") },
  { path: "coordination/foyers/:id/commande/:passageId", Screen: consoleScreen(() => import("./coordinator/desk/order-desk-page"), "OrderDeskPage") },
  { path: "coordination/passages/:id/a-appeler", Screen: consoleScreen(() => import("./coordinator/desk/non-orderers-page"), "NonOrderersPage") },
  { path: "coordination/arrets", Screen: consoleScreen(() => import("./coordinator/stops-page"), "StopsPage") },
  { path: "coordination/communes", Screen: consoleScreen(() => import("./communes/communes-page"), "CommunesPage") },
  { path: "coordination/flotte", Screen: consoleScreen(() => import("./coordinator/fleet-page"), "FleetPage") },
  { path: "coordination/indemnites-kilometriques", Screen: consoleScreen(() => import("./coordinator/mileage/mileage-page"), "MileagePage") },
  { path: "coordination/sites", Screen: consoleScreen(() => import("./coordinator/sites-page"), "SitesPage") },
  { path: "coordination/producteurs", Screen: consoleScreen(() => import("./supply/producers-page"), "ProducersPage") },
  { path: "coordination/reception", Screen: consoleScreen(() => import("./supply/drops-page"), "DropsPage") },
  { path: "coordination/catalogue", Screen: consoleScreen(() => import("./coordinator/catalogue-page"), "CataloguePage") },
  { path: "coordination/tournees-types", Screen: consoleScreen(() => import("./coordinator/template-list-page"), "TemplatesPage") },
  { path: "coordination/import", Screen: consoleScreen(() => import("./coordinator/import-page"), "ImportPage") },
  { path: "coordination/direct", Screen: consoleScreen(() => import("./live/live-page"), "LivePage") },
  { path: "coordination/messages", Screen: consoleScreen(() => import("./messages/messages-page"), "MessagesPage") },
  { path: "coordination/messages/modeles", Screen: consoleScreen(() => import("./messages/templates-page"), "TemplatesPage") },
  { path: "partenaires/tournees", Screen: consoleScreen(() => import("./partner/pooled-rounds-page"), "PooledRoundsPage") },
  { path: "partenaires/tournees/:id", Screen: consoleScreen(() => import("./partner/pooled-deliveries-page"), "PooledDeliveriesPage") },
  { path: "partenaires/alertes", Screen: consoleScreen(() => import("./partner/partner-alerts-page"), "PartnerAlertsPage") },
  { path: "partenaires/echanges", Screen: consoleScreen(() => import("./partner/ledger-page"), "LedgerPage") },
  { path: "mes-messages", Screen: screen(() => import("./messages/preferences-page"), "PreferencesPage") },
  { path: "admin/organisations", Screen: consoleScreen(() => import("./admin/organisations-page"), "OrganisationsPage") },
  { path: "admin/personnes", Screen: consoleScreen(() => import("./admin/people-page"), "PeoplePage") },
  { path: "admin/journal", Screen: consoleScreen(() => import("./admin/audit-page"), "AuditPage") },
  { path: "boulangerie/semaine", Screen: consoleScreen(() => import("./bakery/bakery-week-page"), "BakeryWeekPage") },
  { path: "boulangerie/production", Screen: consoleScreen(() => import("./bakery/production-page"), "ProductionPage") },
  { path: "boulangerie/catalogue", Screen: consoleScreen(() => import("./bakery/catalogue-page"), "BakeryCataloguePage") },
  { path: "boulangerie/tournees", Screen: consoleScreen(() => import("./bakery/rounds-page"), "BakeryRoundsPage") },
  { path: "amap/contrats", Screen: consoleScreen(() => import("./amap/contracts-page"), "AmapContractsPage") },
  { path: "amap/contrats/nouveau", Screen: consoleScreen(() => import("./amap/contract-form-page"), "AmapNewContractPage") },
  { path: "amap/contrats/:id", Screen: consoleScreen(() => import("./amap/contract-page"), "AmapContractPage") },
  { path: "amap/contrats/:id/modifier", Screen: consoleScreen(() => import("./amap/contract-form-page"), "AmapEditContractPage") },
  { path: "tournee", Screen: driverScreen(() => import("./driver/driver-home"), "DriverHome") },
  { path: "tournee/:tourId", Screen: driverScreen(() => import("./driver/round-page"), "RoundPage") },
];

/** The page a message's unsubscribe link opens, signed in or not. */
export const OptOutScreen = screen(() => import("./messages/opt-out-page"), "OptOutPage");

/**
 * Starts fetching the code of the screen at `pathname`, so it arrives while the texts load
 * rather than after (a driver opening their round offline on a slow phone waits for both).
 */
export function preloadScreen(pathname: string): void {
  const found = SCREENS.find(({ path }) => matchPath(`/${path}`, pathname));
  void found?.Screen.preload().catch(() => undefined);
}
