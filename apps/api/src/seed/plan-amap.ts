/**
 * The demo's AMAP: the AMAP du Pays d'Aubusson runs a season of 20 weekly vegetable baskets from
 * the Ferme des Combes, carried on the grocery's rounds. Twelve households take one at their halt
 * (the demo resident among them, who subscribed from the app; the others by phone), two of them
 * a solidarity basket at their participation rate. One member skips next week; the farm announced
 * this week's and next week's baskets. The baskets become orders as the API makes them
 * (`reconcileBaskets`), at a time before the demo day's orders closed, so they ride on its rounds.
 */
import { randomUUID } from "node:crypto";
import { mondayOf } from "@tournee/domain";
import { addDays, cutoffFor } from "@tournee/domain/calendar";
import { eligibilityState } from "@tournee/domain/pricing";
import type { Prisma } from "../generated/prisma/client.js";
import { reconcileBaskets } from "../use-cases/amap/reconcile-baskets.js";
import { dbDate } from "./dates.js";
import type { EligibilityPlan } from "./plan-eligibility.js";
import type { HouseholdsPlan } from "./plan-households.js";
import { CUTOFF_RULE, type OrganisationsPlan } from "./plan-organisations.js";
import type { LiveWeek } from "./live-week.js";

const MEMBERS = 12;
const SOLIDARITY = 2;
const SEASON_WEEKS = 20;
/** The season began this many weeks before the demo day's week. */
const WEEKS_BEFORE = 4;
const SIZES = [
  { name: "Petit panier", priceCents: 1200 },
  { name: "Grand panier", priceCents: 1800 },
] as const;

export interface AmapPlan {
  contract: Prisma.AmapContractCreateManyInput;
  products: Prisma.ProductCreateManyInput[];
  offers: Prisma.OfferCreateManyInput[];
  sizes: Prisma.AmapBasketSizeCreateManyInput[];
  subscriptions: Prisma.AmapSubscriptionCreateManyInput[];
  skips: Prisma.AmapSkipCreateManyInput[];
  compositions: Prisma.AmapCompositionCreateManyInput[];
  /** When the baskets are made into orders: an hour before the demo day's orders closed. */
  reconcileAt: Date;
}

export function planAmap(orgs: OrganisationsPlan, households: HouseholdsPlan, eligibility: EligibilityPlan, live: LiveWeek): AmapPlan {
  const { demoDay } = live;
  const thisWeek = mondayOf(demoDay);
  const firstDate = addDays(demoDay, -7 * WEEKS_BEFORE);
  const contractId = randomUUID();
  const contract: Prisma.AmapContractCreateManyInput = {
    id: contractId, organisationId: orgs.orgIds.amap, producerId: orgs.orgIds.gardener, carrierId: orgs.orgIds.grocery, name: "Panier de légumes",
    firstDate: dbDate(firstDate), lastDate: dbDate(addDays(firstDate, 7 * (SEASON_WEEKS - 1))), everyWeeks: 1, skipRule: "donated",
  };
  const products: AmapPlan["products"] = [];
  const offers: AmapPlan["offers"] = [];
  const sizes = SIZES.map((size, position) => {
    const productId = randomUUID();
    const offerId = randomUUID();
    products.push({ id: productId, organisationId: orgs.orgIds.amap, sku: `AMAP-LEGUMES-${position + 1}`, name: `Panier de légumes — ${size.name.toLowerCase()}`, shelf: "Paniers AMAP", unit: "panier",
      kind: "producer", compartment: "ambient", sizePer100: 300, referencePriceCents: size.priceCents, labels: ["bio"] });
    offers.push({ id: offerId, organisationId: orgs.orgIds.grocery, productId, socialPricing: true, producerPriceCents: size.priceCents });
    return { id: randomUUID(), contractId, name: size.name, priceCents: size.priceCents, position, productId, offerId };
  });
  const atHalt = households.planned.filter((h) => !h.homeDrop && h !== households.demoResident);
  const eligible = (id: string) => eligibilityState(eligibility.byHousehold.get(id), demoDay) === "valid";
  const solidarity = atHalt.filter((h) => eligible(h.id)).slice(0, SOLIDARITY);
  const others = atHalt.filter((h) => !eligible(h.id)).slice(0, MEMBERS - SOLIDARITY - 1);
  const members = [households.demoResident, ...others, ...solidarity];
  const subscriptions = members.map((h, i): Prisma.AmapSubscriptionCreateManyInput => {
    const fromApp = h === households.demoResident && h.accountId !== null;
    return {
      id: randomUUID(), contractId, householdId: h.id, sizeId: sizes[i % 3 === 2 ? 1 : 0]!.id, stopId: h.stopId, solidarity: solidarity.includes(h),
      channel: fromApp ? "app" : "phone", createdById: fromApp ? h.accountId : orgs.staff.amapCoordinator, createdAt: dbDate(firstDate),
    };
  });
  const nextWeek = addDays(thisWeek, 7);
  const skipper = subscriptions[1]!;
  return {
    contract, products, offers, sizes, subscriptions,
    skips: [{ subscriptionId: skipper.id!, week: dbDate(nextWeek), reportedById: orgs.staff.amapCoordinator }],
    compositions: [
      { contractId, week: dbDate(thisWeek), text: "Poireaux, carottes, pommes de terre, une courge butternut et une salade", updatedById: orgs.staff.producer },
      { contractId, week: dbDate(nextWeek), text: "Choux de Bruxelles, carottes, oignons, une botte de radis noirs", updatedById: orgs.staff.producer },
    ],
    reconcileAt: new Date(cutoffFor(demoDay, CUTOFF_RULE).getTime() - 3600_000),
  };
}

export async function writeAmap(tx: Prisma.TransactionClient, plan: AmapPlan): Promise<void> {
  await tx.product.createMany({ data: plan.products });
  await tx.offer.createMany({ data: plan.offers });
  await tx.amapContract.create({ data: plan.contract });
  await tx.amapBasketSize.createMany({ data: plan.sizes });
  await tx.amapSubscription.createMany({ data: plan.subscriptions });
  await tx.amapSkip.createMany({ data: plan.skips });
  await tx.amapComposition.createMany({ data: plan.compositions });
  await reconcileBaskets(tx, { contractId: plan.contract.id!, now: plan.reconcileAt });
}
