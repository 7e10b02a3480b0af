/**
 * The test world's catalogue: a round of grocery A with two open passages far in the future,
 * a grocery product (social pricing) and a loaf (normal price) offered on it, and one past,
 * locked order of the "own" household on the round (no tour, so drivers' rounds are unchanged).
 */
import { cutoffFor } from "@tournee/domain/calendar";
import type { PrismaClient } from "../generated/prisma/client.js";

export interface CatalogueWorld {
  templateId: string;
  /** The world's halt, where the round stops. */
  stopId: string;
  /** Open passages (2030) at the world's halt: one for placing orders, one for "same as last time". */
  passages: { open: string; repeat: string };
  products: { pasta: string; bread: string; unoffered: string };
  offers: { pasta: string; bread: string };
  /** The "own" household's order at a past passage of the round: locked. */
  lockedOrder: string;
}

const OPEN_DATE = "2030-01-15";
const REPEAT_DATE = "2030-01-22";
const PAST_DATE = "2026-03-03";

export async function buildCatalogueWorld(
  prisma: PrismaClient,
  world: { groceryA: string; stopId: string; ownHousehold: string; residentId: string },
): Promise<CatalogueWorld> {
  const template = await prisma.tourTemplate.create({ data: { organisationId: world.groceryA, name: "Tournée du mardi", weekday: 2, startDate: new Date("2026-01-06T00:00:00Z"), departureMinute: 480 } });
  const product = async (sku: string, name: string, kind: "grocery" | "bakery", referencePriceCents: number) =>
    (await prisma.product.create({ data: { organisationId: world.groceryA, sku, name, shelf: kind === "bakery" ? "Pain" : "Épicerie salée", unit: "unit", kind, compartment: kind === "bakery" ? "bread" : "ambient", referencePriceCents } })).id;
  const products = { pasta: await product("PATES-500", "Pâtes 500 g", "grocery", 199), bread: await product("PAIN-400", "Pain de campagne", "bakery", 250), unoffered: await product("RIZ-1KG", "Riz 1 kg", "grocery", 320) };
  const offer = async (productId: string, socialPricing: boolean) => (await prisma.offer.create({ data: { organisationId: world.groceryA, productId, socialPricing } })).id;
  const offers = { pasta: await offer(products.pasta, true), bread: await offer(products.bread, false) };
  const round = { organisationId: world.groceryA, stopId: world.stopId, templateId: template.id };
  const stock = { [offers.pasta]: 1000, [offers.bread]: 1000 };
  const passages = { open: (await addRoundPassage(prisma, round, OPEN_DATE, stock)).id, repeat: (await addRoundPassage(prisma, round, REPEAT_DATE, stock)).id };
  const past = await addRoundPassage(prisma, round, PAST_DATE, { [offers.pasta]: 10 });
  const order = await prisma.order.create({
    data: { organisationId: world.groceryA, householdId: world.ownHousehold, passageId: past.id, channel: "app", enteredById: world.residentId,
      cutoffAt: past.cutoffAt, totalCents: 398, referenceTotalCents: 398,
      lines: { create: { offerId: offers.pasta, productId: products.pasta, quantity: 2, unitPriceCents: 199, referenceUnitPriceCents: 199, socialPrice: false } } },
  });
  return { templateId: template.id, stopId: world.stopId, passages, products, offers, lockedOrder: order.id };
}

/** A scheduled passage of the world's round at its halt on `date`, with `quantity` units of each given offer. */
export async function addRoundPassage(
  prisma: PrismaClient,
  at: { organisationId: string; stopId: string; templateId: string },
  date: string,
  stock: Record<string, number>,
): Promise<{ id: string; cutoffAt: Date }> {
  const passage = await prisma.passage.create({
    data: { organisationId: at.organisationId, stopId: at.stopId, date: new Date(`${date}T00:00:00Z`), templateId: at.templateId,
      windowStart: new Date(`${date}T09:00:00Z`), windowEnd: new Date(`${date}T09:30:00Z`), cutoffAt: cutoffFor(date, { daysBefore: 1, time: "18:00" }) },
  });
  for (const [offerId, quantity] of Object.entries(stock)) {
    await prisma.offerStock.upsert({
      where: { offerId_templateId_date: { offerId, templateId: at.templateId, date: passage.date } },
      create: { offerId, templateId: at.templateId, date: passage.date, quantity },
      update: { quantity },
    });
  }
  return { id: passage.id, cutoffAt: passage.cutoffAt };
}
