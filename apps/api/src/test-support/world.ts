/**
 * A small world with two groceries, a bakery, a CCAS and a town hall, and one person per role,
 * to test who sees what. Every account's password is `secret-pass`.
 */
import type { ProducerWorld } from "./world-producer.js";
import type { AmapWorld } from "./world-amap.js";
import { hashPassword } from "../auth/password.js";
import type { PrismaClient, Role } from "../generated/prisma/client.js";
import { buildCatalogueWorld, type CatalogueWorld } from "./world-catalogue.js";
import { buildPlanningWorld, type PlanningWorld } from "./world-planning.js";

export const PASSWORD = "secret-pass";
/** The delegated household's consent that the relay orders for it. */
export const WORLD_DELEGATION = "0190a000-0000-7000-8000-0000000000b1";

export interface World {
  /** `farm`: a producer; what it supplies grocery A is added by `addProducer` (world-producer.ts). */
  org: { groceryA: string; groceryB: string; ccas: string; farm: string };
  users: Record<"admin" | "coordA" | "coordB" | "driverA1" | "driverA2" | "referrer" | "relay" | "resident" | "producer", { id: string; email: string }>;
  households: { referred: string; delegated: string; own: string; other: string; inB: string };
  tours: { driverA1: string; driverA2: string; inB: string };
  passages: { driverA1: string };
  catalogue: CatalogueWorld;
  planning: PlanningWorld;
  /** Set by `addProducer`. */
  supply?: ProducerWorld;
  /** Set by `addAmap`. */
  amap?: AmapWorld;
}

const DATE = new Date("2026-03-10T00:00:00Z");
const AT = (hhmm: string): Date => new Date(`2026-03-10T${hhmm}:00+01:00`);

/** The day of the world's published rounds, and clock times the day before and the day after it. */
export const ROUNDS_DAY = { date: "2026-03-10", before: new Date("2026-03-09T10:00:00Z"), after: new Date("2026-03-11T10:00:00Z") };

export async function buildWorld(prisma: PrismaClient): Promise<World> {
  const passwordHash = await hashPassword(PASSWORD);
  const org = async (slug: string, kind: "social_grocery" | "partner" | "producer") => (await prisma.organisation.create({ data: { slug, name: slug, kind } })).id;
  const groceryA = await org("grocery-a", "social_grocery");
  const groceryB = await org("grocery-b", "social_grocery");
  const ccas = await org("ccas", "partner");
  const townHall = await org("town-hall", "partner");
  const farm = await org("ferme-des-combes", "producer");
  const user = async (key: string, organisationId: string, role: Role) => {
    const email = `${key.toLowerCase()}@world.test`;
    const created = await prisma.user.create({ data: { email, passwordHash, displayName: key, memberships: { create: { organisationId, role } } } });
    return { id: created.id, email };
  };
  const users = {
    admin: await user("admin", groceryA, "admin"),
    coordA: await user("coordA", groceryA, "coordinator"),
    coordB: await user("coordB", groceryB, "coordinator"),
    driverA1: await user("driverA1", groceryA, "driver"),
    driverA2: await user("driverA2", groceryA, "driver"),
    referrer: await user("referrer", ccas, "referrer"),
    relay: await user("relay", townHall, "relay"),
    resident: await user("resident", groceryA, "resident"),
    producer: await user("producer", farm, "producer"),
  };
  const household = async (name: string, organisationId: string) =>
    (
      await prisma.household.create({
        data: { organisationId, name, addressLine: "1 place de l'Église", postcode: "23000", city: "Guéret", latitude: 46.17, longitude: 1.87, accessNotes: `notes of ${name}` },
      })
    ).id;
  const households = {
    referred: await household("Referred", groceryA),
    delegated: await household("Delegated", groceryA),
    own: await household("Own", groceryA),
    other: await household("Other", groceryA),
    inB: await household("InB", groceryB),
  };
  await prisma.eligibility.create({
    data: { householdId: households.referred, organisationId: groceryA, referrerUserId: users.referrer.id, referrerOrganisationId: ccas, participationRatePercent: 20, monthlyCapCents: 15000, validFrom: DATE, validTo: new Date("2026-08-31T00:00:00Z") },
  });
  await prisma.eligibility.create({
    data: { householdId: households.other, organisationId: groceryA, participationRatePercent: 10, validFrom: DATE, validTo: new Date("2026-08-31T00:00:00Z") },
  });
  await prisma.householdAccess.create({ data: { id: WORLD_DELEGATION, householdId: households.delegated, userId: users.relay.id, kind: "relay", covers: ["order", "pay"] } });
  await prisma.householdAccess.create({ data: { householdId: households.own, userId: users.resident.id, kind: "member" } });

  const site = async (organisationId: string) => (await prisma.site.create({ data: { organisationId, kind: "warehouse", name: "Dépôt", addressLine: "ZA", latitude: 46.17, longitude: 1.87 } })).id;
  const vehicle = async (organisationId: string, name: string) => (await prisma.vehicle.create({ data: { organisationId, name, homeSiteId: await site(organisationId) } })).id;
  const tour = async (organisationId: string, driverId: string | null, vehicleName: string) =>
    (await prisma.tour.create({ data: { organisationId, date: DATE, driverId, vehicleId: await vehicle(organisationId, vehicleName), status: "published", version: 1 } })).id;
  const tours = {
    driverA1: await tour(groceryA, users.driverA1.id, "Camion 1"),
    driverA2: await tour(groceryA, users.driverA2.id, "Camion 2"),
    inB: await tour(groceryB, null, "Camion B"),
  };
  const stop = await prisma.stop.create({ data: { organisationId: groceryA, kind: "halt", name: "Place de la mairie", city: "Guéret", latitude: 46.17, longitude: 1.87 } });
  // The resident's household comes to the world's halt (its passages, paper slips, who has not ordered).
  await prisma.household.update({ where: { id: households.own }, data: { usualStopId: stop.id } });
  const passage = await prisma.passage.create({
    data: { organisationId: groceryA, stopId: stop.id, date: DATE, tourId: tours.driverA1, sequence: 0, windowStart: AT("10:00"), windowEnd: AT("10:30"), cutoffAt: new Date("2026-03-09T17:00:00Z") },
  });
  const catalogue = await buildCatalogueWorld(prisma, { groceryA, stopId: stop.id, ownHousehold: households.own, residentId: users.resident.id });
  const planning = await buildPlanningWorld(prisma, { groceryA, coordA: users.coordA.id, date: DATE });
  return { org: { groceryA, groceryB, ccas, farm }, users, households, tours, passages: { driverA1: passage.id }, catalogue, planning };
}

/** Fixed ids of the open wellbeing concern and sync conflict `buildAlertWorld` adds. */
export const ALERT_WORLD = {
  wellbeing: "0190a000-0000-7000-8000-0000000000a1", conflict: "0190a000-0000-7000-8000-0000000000c1", callRequest: "0190a000-0000-7000-8000-0000000000d1",
} as const;

/** An open wellbeing concern, an unresolved conflict on driverA1's round and a call owed to the relay, for tests that settle them. */
export async function buildAlertWorld(prisma: PrismaClient, w: World): Promise<typeof ALERT_WORLD> {
  await prisma.wellbeingAlert.create({
    data: { id: ALERT_WORLD.wellbeing, organisationId: w.org.groceryA, householdId: w.households.other, passageId: w.passages.driverA1, raisedById: w.users.driverA1.id, reason: "Volets fermés depuis trois jours", deviceTime: AT("10:05") },
  });
  await prisma.syncConflict.create({
    data: { id: ALERT_WORLD.conflict, organisationId: w.org.groceryA, tourId: w.tours.driverA1, passageId: w.passages.driverA1, mutationId: "0190a000-0000-7000-8000-0000000000e9", rule: "passage_moved", detail: "the coordinator moved this stop to another round while the driver was offline; the driver's outcome is kept" },
  });
  await prisma.callRequest.create({
    data: { id: ALERT_WORLD.callRequest, organisationId: w.org.groceryA, householdId: w.households.delegated, passageId: w.passages.driverA1, reason: "relay_order_beyond_limit", requestedById: w.users.relay.id },
  });
  return ALERT_WORLD;
}
