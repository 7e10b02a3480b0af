/**
 * The world's producer supplying grocery A: a market gardener at Felletin whose apples grocery A
 * sells on its round (the catalogue world's round, 20 units on the open passage's date), and who
 * declared it can supply 10 on that date.
 */
import type { PrismaClient } from "../generated/prisma/client.js";
import type { World } from "./world.js";

export interface ProducerWorld {
  producerId: string;
  farmSiteId: string;
  products: { apples: string };
  offers: { apples: string };
}

export async function addProducer(prisma: PrismaClient, w: World): Promise<ProducerWorld> {
  const producer = await prisma.organisation.update({ where: { id: w.org.farm }, data: { name: "Ferme des Combes" } });
  const farm = await prisma.site.create({
    data: { organisationId: producer.id, kind: "farm", name: "Ferme des Combes", addressLine: "Les Combes", postcode: "23500", city: "Felletin", latitude: 45.8731, longitude: 2.1835,
      openingHours: [2, 4].map((weekday) => ({ weekday, from: 420, to: 720 })) },
  });
  const warehouse = await prisma.site.findFirstOrThrow({ where: { organisationId: w.org.groceryA, kind: "warehouse" } });
  await prisma.supplyAgreement.create({
    data: { organisationId: w.org.groceryA, producerId: producer.id, farmSiteId: farm.id, route: "warehouse_drop", dropSiteId: warehouse.id, dropByMinute: 450, distanceM: 12_400, distanceKind: "road" },
  });
  const apples = await prisma.product.create({
    data: { organisationId: producer.id, sku: "FDC-POMMES", name: "Pommes", shelf: "Fruits et légumes de la ferme", unit: "sac 1 kg", kind: "producer", compartment: "ambient", referencePriceCents: 320, labels: ["bio"] },
  });
  const offer = await prisma.offer.create({ data: { organisationId: w.org.groceryA, productId: apples.id, socialPricing: true, producerPriceCents: 240 } });
  const open = await prisma.passage.findUniqueOrThrow({ where: { id: w.catalogue.passages.open } });
  await prisma.offerStock.create({ data: { offerId: offer.id, templateId: w.catalogue.templateId, date: open.date, quantity: 20 } });
  await prisma.supplyDeclaration.create({ data: { offerId: offer.id, date: open.date, quantity: 10 } });
  w.supply = { producerId: producer.id, farmSiteId: farm.id, products: { apples: apples.id }, offers: { apples: offer.id } };
  return w.supply;
}
