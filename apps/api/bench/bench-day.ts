/** A synthetic planning day for the benchmark: one grocery, one bakery, 3 vehicles and drivers, stops with orders. */
import { randomUUID } from "node:crypto";
import { zonedToInstant } from "@tournee/domain/calendar";
import type { LonLat } from "@tournee/routing";
import type { PrismaClient } from "../src/generated/prisma/client.js";

const DATE = "2031-03-04"; // a Tuesday
const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
const at = (minute: number) => zonedToInstant(DATE, hhmm(minute));

export async function seedBenchDay(prisma: PrismaClient, points: LonLat[], stopCount: number): Promise<{ organisationId: string; date: string }> {
  const grocery = await prisma.organisation.create({ data: { slug: "bench-grocery", name: "Épicerie", kind: "social_grocery" } });
  const bakery = await prisma.organisation.create({ data: { slug: "bench-bakery", name: "Fournil", kind: "solidarity_bakery" } });
  const [depot, oven] = [points[0]!, points[1]!];
  const site = await prisma.site.create({ data: { organisationId: grocery.id, kind: "warehouse", name: "Entrepôt", addressLine: "ZA", longitude: depot[0], latitude: depot[1] } });
  await prisma.site.create({ data: { organisationId: bakery.id, kind: "bakery", name: "Fournil", addressLine: "Bourg", longitude: oven[0], latitude: oven[1], openingHours: [{ weekday: 2, from: 240, to: 780 }] } });
  const user = await prisma.user.create({ data: { email: "bench@tournee.test", displayName: "Coordination" } });
  const fleet = [
    { name: "Camion 1", refrigerated: true, compartments: { ambient: 2400, chilled: 900, frozen: 350 } },
    { name: "Camion 2", refrigerated: true, compartments: { ambient: 2000, chilled: 700, frozen: 300 } },
    { name: "Fourgon", refrigerated: false, compartments: { ambient: 1500, bread: 20 } },
  ];
  for (const [i, v] of fleet.entries()) {
    await prisma.vehicle.create({ data: { organisationId: grocery.id, name: v.name, refrigerated: v.refrigerated, homeSiteId: site.id, workStartMinute: 420, workEndMinute: 1110,
      compartments: { create: Object.entries(v.compartments).map(([compartment, capacity]) => ({ compartment: compartment as "ambient", capacity })) } } });
    const driver = await prisma.user.create({ data: { email: `driver${i}@tournee.test`, displayName: `Chauffeur ${i}` } });
    await prisma.driverAvailability.create({ data: { driverId: driver.id, organisationId: grocery.id, weekday: 2, fromMinute: 420, toMinute: 1110 } });
  }
  const product = async (organisationId: string, sku: string, compartment: "ambient" | "chilled" | "frozen" | "bread", sizePer100: number) => {
    const p = await prisma.product.create({ data: { organisationId, sku, name: sku, shelf: "x", unit: "pièce", kind: compartment === "bread" ? "bakery" : "grocery", compartment, sizePer100, referencePriceCents: 200 } });
    const offer = await prisma.offer.create({ data: { organisationId: grocery.id, productId: p.id, socialPricing: compartment !== "bread" } });
    return { productId: p.id, offerId: offer.id };
  };
  const catalogue = [await product(grocery.id, "pates", "ambient", 150), await product(grocery.id, "yaourts", "chilled", 60), await product(grocery.id, "legumes", "frozen", 90), await product(bakery.id, "baguette", "bread", 4)];
  const halts = Math.round(stopCount / 5);
  const households: { id: string; passageId: string }[] = [];
  const passages = [];
  for (let i = 0; i < stopCount; i++) {
    const [lon, lat] = points[i + 2]!;
    const halt = i < halts;
    const stopId = randomUUID();
    const householdId = randomUUID();
    await prisma.household.create({ data: { id: householdId, organisationId: grocery.id, name: `Foyer ${i}`, addressLine: "x", postcode: "23000", city: "x", latitude: lat, longitude: lon } });
    await prisma.stop.create({ data: { id: stopId, organisationId: grocery.id, kind: halt ? "halt" : "home_drop", name: `Arrêt ${i}`, city: "x", latitude: lat, longitude: lon, householdId: halt ? null : householdId } });
    // Halts: published arrivals through the day, window −10/+15 min; home drops: a morning or an afternoon.
    const arrival = 510 + Math.floor((i * 480) / halts) % 480;
    const window = halt ? [arrival - 10, arrival + 15] : i % 2 ? [540, 720] : [810, 1050];
    const passageId = randomUUID();
    passages.push({ id: passageId, organisationId: grocery.id, stopId, date: new Date(`${DATE}T00:00:00Z`), dwellMinutes: halt ? 10 : 3, windowStart: at(window[0]!), windowEnd: at(window[1]!), cutoffAt: at(0) });
    households.push({ id: householdId, passageId });
  }
  await prisma.passage.createMany({ data: passages });
  for (const [i, h] of households.entries()) {
    const order = await prisma.order.create({ data: { organisationId: grocery.id, householdId: h.id, passageId: h.passageId, channel: "app", enteredById: user.id, cutoffAt: at(0), totalCents: 0, referenceTotalCents: 0 } });
    const lines = catalogue.filter((_, k) => (i + k) % 3 !== 0);
    await prisma.orderLine.createMany({ data: lines.map((c, k) => ({ orderId: order.id, offerId: c.offerId, productId: c.productId, quantity: 1 + ((i + k) % 4), unitPriceCents: 100, referenceUnitPriceCents: 200, socialPrice: true })) });
  }
  return { organisationId: grocery.id, date: DATE };
}
