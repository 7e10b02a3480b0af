/**
 * An AMAP in the test world: "AMAP du plateau" (with its coordinator) runs a weekly vegetable
 * contract from 2030-01-14 with the world's farm, carried on grocery A's round. The "own"
 * household (the resident's) takes a small basket at the world's halt; the "referred" household,
 * with rights at 20 %, a solidarity basket there. The round's passages on 2030-01-15 and
 * 2030-01-22 carry them.
 */
import { hashPassword } from "../auth/password.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { reconcileBaskets } from "../use-cases/amap/reconcile-baskets.js";
import { PASSWORD, type World } from "./world.js";

export interface AmapWorld {
  amapId: string;
  coordinator: { id: string; email: string };
  contractId: string;
  sizes: { small: string; large: string };
  subscriptions: { own: string; referred: string };
}

export const AMAP_SEASON = { firstDate: "2030-01-14", lastDate: "2030-03-31" } as const;

export async function addAmap(prisma: PrismaClient, w: World, now = new Date("2030-01-10T10:00:00Z")): Promise<AmapWorld> {
  const amap = await prisma.organisation.create({ data: { slug: "amap-du-plateau", name: "AMAP du plateau", kind: "amap" } });
  const email = "amapcoord@world.test";
  const user = await prisma.user.create({ data: { email, passwordHash: await hashPassword(PASSWORD), displayName: "amapCoord", memberships: { create: { organisationId: amap.id, role: "coordinator" } } } });
  const contract = await prisma.amapContract.create({
    data: { organisationId: amap.id, producerId: w.org.farm, carrierId: w.org.groceryA, name: "Panier de légumes", firstDate: new Date(`${AMAP_SEASON.firstDate}T00:00:00Z`),
      lastDate: new Date(`${AMAP_SEASON.lastDate}T00:00:00Z`), everyWeeks: 1, skipRule: "donated" },
  });
  const size = async (name: string, priceCents: number, position: number) => {
    const product = await prisma.product.create({ data: { organisationId: amap.id, sku: `AMAP-${position}`, name: `Panier de légumes — ${name}`, shelf: "Paniers AMAP", unit: "panier", kind: "producer", compartment: "ambient", referencePriceCents: priceCents } });
    const offer = await prisma.offer.create({ data: { organisationId: w.org.groceryA, productId: product.id, socialPricing: true, producerPriceCents: priceCents } });
    return (await prisma.amapBasketSize.create({ data: { contractId: contract.id, name, priceCents, position, productId: product.id, offerId: offer.id } })).id;
  };
  const sizes = { small: await size("Petit", 1250, 0), large: await size("Grand", 2000, 1) };
  const subscribe = async (householdId: string, sizeId: string, solidarity: boolean) =>
    (await prisma.amapSubscription.create({ data: { contractId: contract.id, householdId, sizeId, stopId: w.catalogue.stopId, solidarity, channel: "phone", createdById: user.id } })).id;
  const subscriptions = { own: await subscribe(w.households.own, sizes.small, false), referred: await subscribe(w.households.referred, sizes.small, true) };
  await prisma.$transaction((tx) => reconcileBaskets(tx, { contractId: contract.id, now }));
  w.amap = { amapId: amap.id, coordinator: { id: user.id, email }, contractId: contract.id, sizes, subscriptions };
  return w.amap;
}
