/**
 * driverA1's round (round-world.ts) collects apples at the world's farm first (stop 1), for two of
 * its orders: Referred takes 2 bags at the halt (stop 2), Own 1 at its home drop (stop 3). The
 * grocery pays the farm 2,40 € a bag whatever the households pay.
 */
import type { PrismaClient } from "../generated/prisma/client.js";
import type { RoundWorld } from "./round-world.js";
import type { World } from "./world.js";

export interface FarmRound {
  farmSiteId: string;
  apples: { productId: string; offerId: string };
  lines: { referred: string; own: string };
}

export async function addFarmPickup(prisma: PrismaClient, w: World, r: RoundWorld): Promise<FarmRound> {
  const org = w.org.groceryA;
  await prisma.organisation.update({ where: { id: w.org.farm }, data: { name: "Ferme des Combes" } });
  const farm = await prisma.site.create({
    data: { organisationId: w.org.farm, kind: "farm", name: "Ferme des Combes", addressLine: "Les Combes", postcode: "23500", city: "Felletin", latitude: 45.8731, longitude: 2.1835, openingHours: [] },
  });
  await prisma.supplyAgreement.create({ data: { organisationId: org, producerId: w.org.farm, farmSiteId: farm.id, route: "farm_pickup" } });
  const apples = await prisma.product.create({
    data: { organisationId: w.org.farm, sku: "FDC-POMMES", name: "Pommes", shelf: "Fruits et légumes de la ferme", unit: "sac 1 kg", kind: "producer", compartment: "ambient", referencePriceCents: 320 },
  });
  const offer = await prisma.offer.create({ data: { organisationId: org, productId: apples.id, socialPricing: true, producerPriceCents: 240 } });
  const line = async (orderId: string, quantity: number) => {
    await prisma.order.update({ where: { id: orderId }, data: { totalCents: { increment: 320 * quantity }, referenceTotalCents: { increment: 320 * quantity } } });
    return (await prisma.orderLine.create({ data: { orderId, offerId: offer.id, productId: apples.id, quantity, unitPriceCents: 320, referenceUnitPriceCents: 320, socialPrice: false } })).id;
  };
  const lines = { referred: await line(r.orders.referred, 2), own: await line(r.orders.own, 1) };
  await prisma.passage.update({ where: { id: r.halt }, data: { sequence: 1 } });
  await prisma.passage.update({ where: { id: r.homeDrop }, data: { sequence: 2 } });
  const at = (hhmm: string) => new Date(`2026-03-10T${hhmm}:00Z`);
  for (const [passageId, arrival] of [[r.halt, "10:00"], [r.homeDrop, "10:30"]] as const) {
    await prisma.tourStep.create({ data: { tourId: w.tours.driverA1, passageId, kind: "farm_pickup", siteId: farm.id, sequence: 0, crates: 1, plannedArrival: at("09:00"), plannedDeparture: at("09:10"), loadAfter: {} } });
    await prisma.tourStep.create({ data: { tourId: w.tours.driverA1, passageId, kind: "farm_delivery", sequence: passageId === r.halt ? 1 : 2, crates: 1, plannedArrival: at(arrival), plannedDeparture: at(arrival), loadAfter: {} } });
  }
  return { farmSiteId: farm.id, apples: { productId: apples.id, offerId: offer.id }, lines };
}
