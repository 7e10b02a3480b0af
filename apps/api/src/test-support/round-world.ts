/**
 * Orders to hand over on driverA1's round of the test world: at the world's halt, Referred
 * (2 lines: 3 × 40 c + 1 × 250 c) and Other (1 line: 2 × 150 c); a home drop for Own.
 */
import type { PrismaClient } from "../generated/prisma/client.js";
import type { World } from "./world.js";

export interface RoundWorld {
  halt: string;
  homeDrop: string;
  orders: { referred: string; other: string; own: string };
  lines: { referredPasta: string; referredOil: string };
}

export async function buildRoundWorld(prisma: PrismaClient, w: World): Promise<RoundWorld> {
  const org = w.org.groceryA;
  const product = async (sku: string, name: string, price: number) =>
    prisma.product.create({ data: { organisationId: org, sku, name, shelf: "Épicerie", unit: "pièce", kind: "grocery", compartment: "ambient", referencePriceCents: price } });
  const pasta = await product("pasta", "Pâtes 500 g", 200);
  const oil = await product("oil", "Huile 1 L", 250);
  const offer = async (productId: string) => (await prisma.offer.create({ data: { organisationId: org, productId, socialPricing: true } })).id;
  const offers = { pasta: await offer(pasta.id), oil: await offer(oil.id) };
  const stop = await prisma.stop.create({ data: { organisationId: org, kind: "home_drop", householdId: w.households.own, name: "Chez Own", city: "Guéret", latitude: 46.18, longitude: 1.88 } });
  const homeDrop = await prisma.passage.create({
    data: { organisationId: org, stopId: stop.id, date: new Date("2026-03-10T00:00:00Z"), tourId: w.tours.driverA1, sequence: 1, windowStart: new Date("2026-03-10T10:00:00Z"), windowEnd: new Date("2026-03-10T11:00:00Z"), cutoffAt: new Date("2026-03-09T17:00:00Z") },
  });
  const order = async (householdId: string, passageId: string, lines: { offer: string; productId: string; quantity: number; unit: number; ref: number }[]) =>
    prisma.order.create({
      data: {
        organisationId: org,
        householdId,
        passageId,
        channel: "app",
        enteredById: w.users.coordA.id,
        cutoffAt: new Date("2026-03-09T17:00:00Z"),
        totalCents: lines.reduce((s, l) => s + l.unit * l.quantity, 0),
        referenceTotalCents: lines.reduce((s, l) => s + l.ref * l.quantity, 0),
        lines: { create: lines.map((l) => ({ offerId: l.offer, productId: l.productId, quantity: l.quantity, unitPriceCents: l.unit, referenceUnitPriceCents: l.ref, socialPrice: l.unit !== l.ref })) },
      },
      include: { lines: true },
    });
  const referred = await order(w.households.referred, w.passages.driverA1, [
    { offer: offers.pasta, productId: pasta.id, quantity: 3, unit: 40, ref: 200 },
    { offer: offers.oil, productId: oil.id, quantity: 1, unit: 250, ref: 250 },
  ]);
  const other = await order(w.households.other, w.passages.driverA1, [{ offer: offers.pasta, productId: pasta.id, quantity: 2, unit: 150, ref: 200 }]);
  const own = await order(w.households.own, homeDrop.id, [{ offer: offers.oil, productId: oil.id, quantity: 1, unit: 250, ref: 250 }]);
  const line = (productId: string) => referred.lines.find((l) => l.productId === productId)!.id;
  return {
    halt: w.passages.driverA1,
    homeDrop: homeDrop.id,
    orders: { referred: referred.id, other: other.id, own: own.id },
    lines: { referredPasta: line(pasta.id), referredOil: line(oil.id) },
  };
}
