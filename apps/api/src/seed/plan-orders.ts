/**
 * The coming week's orders: about 60 % of the households order 2 to 6 lines for their passage,
 * priced by the domain's pricing rules, within the monthly cap and the round's stock.
 */
import { randomUUID } from "node:crypto";
import { checkMonthlyCap, priceOrder } from "@tournee/domain/pricing";
import type { Prisma } from "../generated/prisma/client.js";
import { dbDate } from "./dates.js";
import type { EligibilityPlan } from "./plan-eligibility.js";
import type { CataloguePlan, GroceryOffer } from "./plan-catalogue.js";
import type { HouseholdsPlan, PlannedHousehold } from "./plan-households.js";
import type { OrganisationsPlan } from "./plan-organisations.js";
import type { PlannedPassage, RoundsPlan } from "./plan-rounds.js";
import type { Rng } from "./prng.js";

const ordersThisWeek = (household: PlannedHousehold): boolean => household.index % 5 < 3;

export interface OrdersPlan {
  stock: Prisma.OfferStockCreateManyInput[];
  orders: Prisma.OrderCreateManyInput[];
  lines: Prisma.OrderLineCreateManyInput[];
}

type StockRow = Prisma.OfferStockCreateManyInput & { reserved: number };

export function planOrders(
  orgs: OrganisationsPlan, households: HouseholdsPlan, eligibility: EligibilityPlan, catalogue: CataloguePlan, rounds: RoundsPlan, rng: Rng,
): OrdersPlan {
  const plan: OrdersPlan = { stock: [], orders: [], lines: [] };
  const stock = new Map<string, StockRow>();
  for (const { templateId, date } of rounds.roundDates.values()) {
    for (const offer of catalogue.groceryOffers) {
      const quantity = offer.product.compartment === "bread" ? rng.int(30, 60) : rng.int(12, 40);
      const row = { offerId: offer.id, templateId, date: dbDate(date), quantity, reserved: 0 };
      stock.set(`${templateId}/${offer.id}`, row);
      plan.stock.push(row);
    }
  }
  for (const household of households.planned.filter(ordersThisWeek)) {
    const passage = (household.homeDrop ? rounds.homePassages : rounds.haltPassages).get(household.stopId);
    if (!passage) throw new Error(`${household.name} (${household.village.name}) has no coming passage`);
    addOrder(plan, household, passage, orgs, eligibility, catalogue.groceryOffers, stock, rng);
  }
  return plan;
}

function pickLines(offers: readonly GroceryOffer[], stock: Map<string, StockRow>, templateId: string, rng: Rng): { offer: GroceryOffer; quantity: number }[] {
  const wanted = rng.int(2, 6);
  const withBread = rng.chance(0.6);
  const bread = offers.filter((o) => o.product.compartment === "bread");
  const other = rng.shuffle(offers.filter((o) => o.product.compartment !== "bread"));
  const chosen = [...(withBread ? [rng.pick(bread)] : []), ...other].slice(0, wanted);
  const lines: { offer: GroceryOffer; quantity: number }[] = [];
  for (const offer of chosen) {
    const row = stock.get(`${templateId}/${offer.id}`);
    if (!row) continue;
    const quantity = Math.min(offer.product.compartment === "bread" ? rng.int(1, 4) : rng.int(1, 3), row.quantity - row.reserved);
    if (quantity > 0) lines.push({ offer, quantity });
  }
  return lines;
}

function addOrder(
  plan: OrdersPlan, household: PlannedHousehold, passage: PlannedPassage, orgs: OrganisationsPlan,
  eligibility: EligibilityPlan, offers: readonly GroceryOffer[], stock: Map<string, StockRow>, rng: Rng,
): void {
  const rights = eligibility.byHousehold.get(household.id) ?? null;
  const lines = pickLines(offers, stock, passage.templateId, rng);
  const price = () => priceOrder(lines.map(({ offer, quantity }) => ({ referencePriceCents: offer.product.referencePriceCents, socialPricing: offer.socialPricing, quantity })), rights, passage.date);
  let priced = price();
  // The household has no other order this month in the demo: the whole cap is available.
  while (lines.length > 1 && !checkMonthlyCap(rights?.monthlyCapCents ?? null, 0, priced.lines).ok) {
    lines.pop();
    priced = price();
  }
  if (lines.length === 0 || !checkMonthlyCap(rights?.monthlyCapCents ?? null, 0, priced.lines).ok) return;
  const orderId = randomUUID();
  const [channel, enteredById] = household.relayed
    ? (["relay", orgs.staff.relay] as const)
    : household.accountId && rng.chance(0.8) ? (["app", household.accountId] as const) : (["phone", orgs.staff.groceryCoordinator] as const);
  plan.orders.push({
    id: orderId, organisationId: orgs.orgIds.grocery, householdId: household.id, passageId: passage.id, status: "confirmed", channel, enteredById,
    cutoffAt: passage.cutoffAt, totalCents: priced.totalCents, referenceTotalCents: priced.referenceTotalCents, capReferenceCents: priced.socialReferenceCents,
  });
  lines.forEach(({ offer, quantity }, i) => {
    const line = priced.lines[i];
    if (!line) return;
    plan.lines.push({ orderId, offerId: offer.id, productId: offer.productId, quantity, unitPriceCents: line.unitPriceCents,
      referenceUnitPriceCents: line.referencePriceCents, socialPrice: line.socialPriceApplied });
    const row = stock.get(`${passage.templateId}/${offer.id}`);
    if (row) row.reserved += quantity;
  });
}
