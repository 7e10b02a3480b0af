/**
 * The bakery's own deliveries: on Saturday morning its van takes bread to the door of a few
 * people who can no longer walk to the bakery (home portage). The bakery has its households,
 * its van (which starts at the bakery), a driver who also drives for the grocery during the
 * week, a weekly round and the coming Saturday's orders, so it plans and publishes like the
 * grocery does. Its own random sequence: the rest of the demo stays as it was.
 */
import { randomUUID } from "node:crypto";
import { addDays, cutoffFor, occurrences, type LocalDate } from "@tournee/domain/calendar";
import type { Prisma } from "../generated/prisma/client.js";
import { dbDate, minutes, parisInstant } from "./dates.js";
import { nearby } from "./geo.js";
import { BAKERY_PRODUCTS } from "./catalogue.js";
import type { CataloguePlan } from "./plan-catalogue.js";
import { CUTOFF_RULE, type OrganisationsPlan } from "./plan-organisations.js";
import { createRng } from "./prng.js";
import { MARKET_TOWN, VILLAGES, type Village } from "./territory.js";

const SATURDAY = 6;
const WINDOW = { from: "08:00", to: "11:00" };
/** Portage households: who they are, where they live, what they usually take. */
const PEOPLE: readonly { name: string; village: string; address: string; notes: string | null; breads: readonly [string, number][] }[] = [
  { name: "Mme Lagrange", village: "Aubusson", address: "14 rue Vieille", notes: "Deuxième étage, sonner longtemps", breads: [["BOU-TRADITION", 1], ["BOU-CROISSANT", 2]] },
  { name: "M. Chaussade", village: "Aubusson", address: "3 avenue de la République", notes: null, breads: [["BOU-CAMPAGNE", 1]] },
  { name: "Mme Villatte", village: "Blessac", address: "Le Bourg", notes: "Porte de derrière, côté potager", breads: [["BOU-BAGUETTE", 2], ["BOU-BRIOCHE", 1]] },
  { name: "M. et Mme Nadaud", village: "Saint-Alpinien", address: "Lieu-dit Le Mas", notes: "Chemin non goudronné : en hiver s'arrêter en haut", breads: [["BOU-COMPLET", 1], ["BOU-SEIGLE", 1]] },
  { name: "Mme Coudert", village: "Néoux", address: "Route d'Aubusson", notes: null, breads: [] },
];

export interface BakeryPortagePlan {
  vehicle: Prisma.VehicleCreateManyInput;
  compartments: Prisma.VehicleCompartmentCreateManyInput[];
  driverMembership: Prisma.MembershipCreateManyInput;
  driverSlot: Prisma.DriverAvailabilityCreateManyInput;
  households: Prisma.HouseholdCreateManyInput[];
  homeStops: Prisma.StopCreateManyInput[];
  consents: Prisma.ConsentCreateManyInput[];
  template: Prisma.TourTemplateCreateManyInput;
  stock: Prisma.OfferStockCreateManyInput[];
  passages: Prisma.PassageCreateManyInput[];
  orders: Prisma.OrderCreateManyInput[];
  lines: Prisma.OrderLineCreateManyInput[];
  /** The coming Saturday of the round. */
  date: LocalDate;
}

const placeOf = (name: string): Village | typeof MARKET_TOWN => (name === MARKET_TOWN.name ? MARKET_TOWN : VILLAGES.find((v) => v.name === name)!);

export function planBakeryPortage(orgs: OrganisationsPlan, catalogue: CataloguePlan, today: LocalDate): BakeryPortagePlan {
  const rng = createRng(6_023);
  const bakery = orgs.orgIds.bakery;
  const site = orgs.sites.find((s) => s.organisationId === bakery)!;
  const vehicleId = randomUUID();
  const templateId = randomUUID();
  const startDate = addDays(today, -182);
  const [date] = occurrences({ weekday: SATURDAY, everyWeeks: 1, startDate }, addDays(today, 2), addDays(today, 8));
  const cutoffAt = cutoffFor(date!, CUTOFF_RULE);
  const driverId = orgs.staff.drivers[2]!;
  const offers = new Map(catalogue.offers.filter((o) => o.organisationId === bakery).map((o) => [catalogue.products.find((p) => p.id === o.productId)!.sku, o]));
  const plan: BakeryPortagePlan = {
    vehicle: { id: vehicleId, organisationId: bakery, name: "Fourgonnette du fournil", plate: "FR-523-NB", refrigerated: false, homeSiteId: site.id!, workStartMinute: minutes("06:00"), workEndMinute: minutes("12:00"), maxStops: 15, maxTravelMinutes: 180, costPerKmCents: 20 },
    compartments: [{ vehicleId, compartment: "bread", capacity: 10 }, { vehicleId, compartment: "ambient", capacity: 300 }],
    driverMembership: { userId: driverId, organisationId: bakery, role: "driver" },
    driverSlot: { driverId, organisationId: bakery, weekday: SATURDAY, fromMinute: minutes("06:30"), toMinute: minutes("11:30") },
    households: [], homeStops: [], consents: [], stock: [], passages: [], orders: [], lines: [],
    template: { id: templateId, organisationId: bakery, name: "Portage du samedi", vehicleId, weekday: SATURDAY, everyWeeks: 1, startDate: dbDate(startDate), departureMinute: minutes("07:30") },
    date: date!,
  };
  for (const offer of offers.values()) plan.stock.push({ offerId: offer.id!, templateId, date: dbDate(date!), quantity: 20, reserved: 0 });
  PEOPLE.forEach((person, index) => {
    const householdId = randomUUID();
    const stopId = randomUUID();
    const village = placeOf(person.village);
    const position = nearby(village, rng, 50, 500);
    plan.households.push({
      id: householdId, organisationId: bakery, name: person.name, addressLine: person.address, postcode: village.postcode, city: village.name, citycode: village.citycode, ...position,
      accessNotes: person.notes, mobility: "needs_home_drop", peopleCount: person.name.startsWith("M. et Mme") ? 2 : 1, phone: `06 39 98 30 ${String(index + 1).padStart(2, "0")}`,
      contactChannel: "phone", homeAvailability: [{ weekday: SATURDAY, from: minutes(WINDOW.from), to: minutes(WINDOW.to) }],
    });
    plan.homeStops.push({ id: stopId, organisationId: bakery, kind: "home_drop", name: person.name, addressLine: person.address, city: village.name, ...position, accessNotes: person.notes, householdId });
    plan.consents.push({ householdId, purpose: "data_processing", givenAt: parisInstant(addDays(today, -rng.int(30, 300)), "11:00"), recordedById: orgs.staff.bakeryCoordinator, evidence: "Accord oral au téléphone, confirmé par courrier" });
    const passageId = randomUUID();
    plan.passages.push({ id: passageId, organisationId: bakery, stopId, date: dbDate(date!), templateId, dwellMinutes: 5, cutoffAt, windowStart: parisInstant(date!, WINDOW.from), windowEnd: parisInstant(date!, WINDOW.to) });
    if (!person.breads.length) return;
    const orderId = randomUUID();
    const lines = person.breads.map(([sku, quantity]) => ({ offer: offers.get(sku)!, price: BAKERY_PRODUCTS.find((p) => p.sku === sku)!.referencePriceCents, quantity }));
    const total = lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
    plan.orders.push({ id: orderId, organisationId: bakery, householdId, passageId, status: "confirmed", channel: "phone", enteredById: orgs.staff.bakeryCoordinator, cutoffAt, totalCents: total, referenceTotalCents: total, capReferenceCents: 0 });
    for (const l of lines) {
      plan.lines.push({ orderId, offerId: l.offer.id!, productId: l.offer.productId, quantity: l.quantity, unitPriceCents: l.price, referenceUnitPriceCents: l.price, socialPrice: false });
      const row = plan.stock.find((s) => s.offerId === l.offer.id);
      if (row) row.reserved = (row.reserved ?? 0) + l.quantity;
    }
  });
  return plan;
}

/** Writes the portage after the rest of the demo (it refers to the bakery, its site, its offers and a driver). */
export async function writeBakeryPortage(tx: Prisma.TransactionClient, plan: BakeryPortagePlan): Promise<void> {
  await tx.vehicle.createMany({ data: [plan.vehicle] });
  await tx.vehicleCompartment.createMany({ data: plan.compartments });
  await tx.membership.createMany({ data: [plan.driverMembership] });
  await tx.driverAvailability.createMany({ data: [plan.driverSlot] });
  await tx.household.createMany({ data: plan.households });
  await tx.stop.createMany({ data: plan.homeStops });
  await tx.consent.createMany({ data: plan.consents });
  await tx.tourTemplate.createMany({ data: [plan.template] });
  await tx.offerStock.createMany({ data: plan.stock });
  await tx.passage.createMany({ data: plan.passages });
  await tx.order.createMany({ data: plan.orders });
  await tx.orderLine.createMany({ data: plan.lines });
}
