/** Organisations, staff accounts, sites, vehicles and the drivers' weeks. */
import { randomUUID } from "node:crypto";
import type { Prisma, Role } from "../generated/prisma/client.js";
import { minutes } from "./dates.js";
import { DRIVERS, STAFF, type StaffMember } from "./people.js";
import type { IsoWeekday } from "@tournee/domain/calendar";
import { workingDayAfter } from "./live-week.js";
import { DRIVER_WEEKS, VEHICLES } from "./rounds.js";
import { BAKERY_SITE, WAREHOUSE } from "./territory.js";

export const DEMO_ORGANISATIONS = {
  grocery: { slug: "demo-epicerie-solidaire-aubusson", name: "Épicerie solidaire du Pays d'Aubusson", kind: "social_grocery", addressLine: "Zone artisanale du Mont", postcode: "23200", city: "Aubusson", phone: "01 99 00 20 00", defaultSocialPricing: true },
  // The bakery sells its bread at its price, on its rounds and on the grocery's.
  bakery: { slug: "demo-fournil-solidaire-aubusson", name: "Fournil solidaire d'Aubusson", kind: "solidarity_bakery", addressLine: "Rue Vieille", postcode: "23200", city: "Aubusson", phone: "01 99 00 20 10", defaultSocialPricing: false },
  ccas: { slug: "demo-ccas-aubusson", name: "CCAS d'Aubusson", kind: "partner", addressLine: "Hôtel de ville, place Charles-de-Gaulle", postcode: "23200", city: "Aubusson", defaultSocialPricing: false },
  townHall: { slug: "demo-mairie-bellegarde-en-marche", name: "Mairie de Bellegarde-en-Marche", kind: "partner", addressLine: "Grande Rue", postcode: "23190", city: "Bellegarde-en-Marche", defaultSocialPricing: false },
  gardener: { slug: "demo-ferme-des-combes", name: "Ferme des Combes", kind: "producer", addressLine: "Les Combes", postcode: "23500", city: "Felletin", defaultSocialPricing: false },
  goatFarm: { slug: "demo-chevrerie-du-puy-bas", name: "Chèvrerie du Puy Bas", kind: "producer", addressLine: "Le Puy Bas", postcode: "23120", city: "Vallière", defaultSocialPricing: false },
  amap: { slug: "demo-amap-pays-aubusson", name: "AMAP du Pays d'Aubusson", kind: "amap", addressLine: "Place du Marché", postcode: "23200", city: "Aubusson", defaultSocialPricing: false },
  redCross: { slug: "demo-croix-rouge-aubusson", name: "Croix-Rouge française, unité locale d'Aubusson", kind: "partner", addressLine: "Avenue de la République", postcode: "23200", city: "Aubusson", defaultSocialPricing: false },
} as const;

/** Orders close the day before the passage at 18:00, Paris time (bread is baked at dawn). */
export const CUTOFF_RULE = { daysBefore: 1, time: "18:00" } as const;

export type OrganisationKey = keyof typeof DEMO_ORGANISATIONS;
export const DEMO_SLUGS: readonly string[] = Object.values(DEMO_ORGANISATIONS).map((o) => o.slug);

export interface Staff {
  admin: string;
  groceryCoordinator: string;
  bakeryCoordinator: string;
  referrer: string;
  otherReferrer: string;
  relay: string;
  producer: string;
  redCrossCoordinator: string;
  amapCoordinator: string;
  drivers: string[];
}

export interface OrganisationsPlan {
  orgIds: Record<OrganisationKey, string>;
  staff: Staff;
  organisations: Prisma.OrganisationCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  sites: Prisma.SiteCreateManyInput[];
  vehicles: Prisma.VehicleCreateManyInput[];
  vehicleIds: Map<string, string>;
  compartments: Prisma.VehicleCompartmentCreateManyInput[];
  driverSlots: Prisma.DriverAvailabilityCreateManyInput[];
}

const WEEKDAYS_OPEN = [1, 2, 3, 4, 5];

/** `roundWeekday`: the weekday the grocery's rounds go out, which every driver works. */
export function planOrganisations(passwordHash: string, roundWeekday: IsoWeekday): OrganisationsPlan {
  const orgIds = { grocery: randomUUID(), bakery: randomUUID(), ccas: randomUUID(), townHall: randomUUID(), gardener: randomUUID(), goatFarm: randomUUID(), amap: randomUUID(), redCross: randomUUID() };
  const organisations = (Object.keys(DEMO_ORGANISATIONS) as OrganisationKey[]).map((key) => ({
    id: orgIds[key], ...DEMO_ORGANISATIONS[key], cutoffDaysBefore: CUTOFF_RULE.daysBefore, cutoffMinute: minutes(CUTOFF_RULE.time),
  }));
  const users: Prisma.UserCreateManyInput[] = [];
  const memberships: Prisma.MembershipCreateManyInput[] = [];
  const addUser = (member: StaffMember, grants: [OrganisationKey, Role][]): string => {
    const id = randomUUID();
    users.push({ id, email: member.email, passwordHash: member.email ? passwordHash : null, displayName: member.displayName, phone: member.phone });
    for (const [org, role] of grants) memberships.push({ userId: id, organisationId: orgIds[org], role });
    return id;
  };
  const staff: Staff = {
    admin: addUser(STAFF.admin, [["grocery", "admin"], ["bakery", "admin"]]),
    groceryCoordinator: addUser(STAFF.groceryCoordinator, [["grocery", "coordinator"]]),
    bakeryCoordinator: addUser(STAFF.bakeryCoordinator, [["bakery", "coordinator"]]),
    referrer: addUser(STAFF.referrer, [["ccas", "referrer"]]),
    otherReferrer: addUser(STAFF.otherReferrer, [["ccas", "referrer"]]),
    relay: addUser(STAFF.relay, [["townHall", "relay"]]),
    producer: addUser(STAFF.producer, [["gardener", "producer"]]),
    redCrossCoordinator: addUser(STAFF.redCrossCoordinator, [["redCross", "coordinator"]]),
    amapCoordinator: addUser(STAFF.amapCoordinator, [["amap", "coordinator"]]),
    drivers: DRIVERS.map((driver) => addUser(driver, [["grocery", "driver"]])),
  };

  const warehouseId = randomUUID();
  const sites: Prisma.SiteCreateManyInput[] = [
    { id: warehouseId, organisationId: orgIds.grocery, kind: "warehouse", ...WAREHOUSE,
      openingHours: WEEKDAYS_OPEN.map((weekday) => ({ weekday, from: minutes("07:30"), to: minutes("17:30") })) },
    { id: randomUUID(), organisationId: orgIds.bakery, kind: "bakery", ...BAKERY_SITE,
      // Open every weekday the demo's rounds can fall on (Monday to Friday), and Saturday; closed on Sunday.
      openingHours: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, from: minutes("04:00"), to: minutes("13:00") })) },
  ];

  const vehicleIds = new Map<string, string>();
  const vehicles: Prisma.VehicleCreateManyInput[] = [];
  const compartments: Prisma.VehicleCompartmentCreateManyInput[] = [];
  for (const { compartments: capacities, workStart, workEnd, ...spec } of VEHICLES) {
    const id = randomUUID();
    vehicleIds.set(spec.name, id);
    vehicles.push({ id, organisationId: orgIds.grocery, homeSiteId: warehouseId, workStartMinute: minutes(workStart), workEndMinute: minutes(workEnd), ...spec });
    for (const [compartment, capacity] of Object.entries(capacities)) {
      compartments.push({ vehicleId: id, compartment: compartment as keyof typeof capacities, capacity });
    }
  }

  const driverSlots = DRIVER_WEEKS.map(({ driver, dayAfterRound, from, to }) => ({
    driverId: staff.drivers[driver] as string, organisationId: orgIds.grocery, weekday: workingDayAfter(roundWeekday, dayAfterRound), fromMinute: minutes(from), toMinute: minutes(to),
  }));
  return { orgIds, staff, organisations, users, memberships, sites, vehicles, vehicleIds, compartments, driverSlots };
}
