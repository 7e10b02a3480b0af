/**
 * The world's producer brings its goat cheese to grocery A's warehouse by 7:30 (a warehouse drop)
 * for driverA1's round (round-world.ts): Referred takes 2 faisselles at the halt (stop 1), Own 1 at
 * its home drop (stop 2). The grocery pays the farm 2,50 € a pot whatever the households pay.
 */
import type { PrismaClient } from "../generated/prisma/client.js";
import type { RoundWorld } from "./round-world.js";
import type { World } from "./world.js";

export interface WarehouseDrop {
  faisselle: { productId: string; offerId: string };
  lines: { referred: string; own: string };
}

export async function addWarehouseDrop(prisma: PrismaClient, w: World, r: RoundWorld): Promise<WarehouseDrop> {
  const org = w.org.groceryA;
  await prisma.organisation.update({ where: { id: w.org.farm }, data: { name: "Chèvrerie du Puy Bas" } });
  const farm = await prisma.site.create({
    data: { organisationId: w.org.farm, kind: "farm", name: "Chèvrerie du Puy Bas", addressLine: "Le Puy Bas", postcode: "23120", city: "Vallière", latitude: 45.8981, longitude: 2.0516, openingHours: [] },
  });
  const warehouse = await prisma.site.findFirstOrThrow({ where: { organisationId: org, kind: "warehouse" } });
  await prisma.supplyAgreement.create({ data: { organisationId: org, producerId: w.org.farm, farmSiteId: farm.id, route: "warehouse_drop", dropSiteId: warehouse.id, dropByMinute: 7 * 60 + 30 } });
  const product = await prisma.product.create({
    data: { organisationId: w.org.farm, sku: "CPB-FAISSELLE", name: "Faisselle de chèvre", shelf: "Fromages de la ferme", unit: "pot 400 g", kind: "producer", compartment: "chilled", referencePriceCents: 350 },
  });
  const offer = await prisma.offer.create({ data: { organisationId: org, productId: product.id, socialPricing: true, producerPriceCents: 250 } });
  await prisma.offerStock.create({ data: { offerId: offer.id, templateId: null, date: new Date("2026-03-10T00:00:00Z"), quantity: 20 } });
  const line = async (orderId: string, quantity: number) => {
    await prisma.order.update({ where: { id: orderId }, data: { totalCents: { increment: 350 * quantity }, referenceTotalCents: { increment: 350 * quantity } } });
    return (await prisma.orderLine.create({ data: { orderId, offerId: offer.id, productId: product.id, quantity, unitPriceCents: 350, referenceUnitPriceCents: 350, socialPrice: false } })).id;
  };
  const lines = { referred: await line(r.orders.referred, 2), own: await line(r.orders.own, 1) };
  await prisma.passage.update({ where: { id: r.halt }, data: { sequence: 1 } });
  await prisma.passage.update({ where: { id: r.homeDrop }, data: { sequence: 2 } });
  return { faisselle: { productId: product.id, offerId: offer.id }, lines };
}
