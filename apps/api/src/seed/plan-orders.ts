/**
 * The orders of every round date: about 60 % of the households order 2 to 6 lines on the weeks
 * done and on the demo day, about a third so far for next week (orders are still open). Priced by
 * the domain's pricing rules, within each household's monthly cap (counting its other orders of
 * the month) and the round's stock.
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

export interface PlannedOrder {
  id: string;
  household: PlannedHousehold;
  passage: PlannedPassage;
  lines: { offerId: string; productId: string; quantity: number; unitPriceCents: number }[];
  totalCents: number;
}

export interface OrdersPlan {
  stock: Prisma.OfferStockCreateManyInput[];
  orders: Prisma.OrderCreateManyInput[];
  lines: Prisma.OrderLineCreateManyInput[];
  /** The same orders with what the round's history needs. */
  planned: PlannedOrder[];
}

type StockRow = Prisma.OfferStockCreateManyInput & { reserved: number };

/**
 * Who orders on the week at `weekIndex`: three households in five, a third on the open week. The
 * demo resident orders every week but the open one, so she has something to repeat.
 */
function orders(household: PlannedHousehold, weekIndex: number, open: boolean, demoResident: PlannedHousehold): boolean {
  if (household === demoResident) return !open;
  return open ? (household.index + weekIndex) % 3 === 0 : (household.index + weekIndex) % 5 < 3;
}

export function planOrders(
  orgs: OrganisationsPlan, households: HouseholdsPlan, eligibility: EligibilityPlan, catalogue: CataloguePlan, rounds: RoundsPlan, now: Date, rng: Rng,
): OrdersPlan {
  const plan: OrdersPlan = { stock: [], orders: [], lines: [], planned: [] };
  const stock = new Map<string, StockRow>();
  const templates = [...rounds.templateOfArea.values()];
  const usedInMonth = new Map<string, number>();
  rounds.weeks.forEach((week, weekIndex) => {
    for (const templateId of templates) {
      for (const offer of catalogue.groceryOffers) {
        const quantity = offer.product.compartment === "bread" ? rng.int(30, 60) : rng.int(12, 40);
        const row = { offerId: offer.id, templateId, date: dbDate(week.date), quantity, reserved: 0 };
        stock.set(`${templateId}/${week.date}/${offer.id}`, row);
        plan.stock.push(row);
      }
    }
    const passages = rounds.byDate.get(week.date)!;
    for (const household of households.planned.filter((h) => orders(h, weekIndex, week.kind === "open", households.demoResident))) {
      const passage = passages.get(household.stopId);
      if (!passage) throw new Error(`${household.name} (${household.village.name}) has no passage on ${week.date}`);
      addOrder(plan, { household, passage, orgs, eligibility, offers: catalogue.groceryOffers, stock, usedInMonth, now, rng });
    }
  });
  return plan;
}

function pickLines(offers: readonly GroceryOffer[], stock: Map<string, StockRow>, passage: PlannedPassage, rng: Rng): { offer: GroceryOffer; quantity: number }[] {
  const wanted = rng.int(2, 6);
  const withBread = rng.chance(0.6);
  const bread = offers.filter((o) => o.product.compartment === "bread");
  const other = rng.shuffle(offers.filter((o) => o.product.compartment !== "bread"));
  const chosen = [...(withBread ? [rng.pick(bread)] : []), ...other].slice(0, wanted);
  const lines: { offer: GroceryOffer; quantity: number }[] = [];
  for (const offer of chosen) {
    const row = stock.get(`${passage.templateId}/${passage.date}/${offer.id}`);
    if (!row) continue;
    const quantity = Math.min(offer.product.compartment === "bread" ? rng.int(1, 4) : rng.int(1, 3), row.quantity - row.reserved);
    if (quantity > 0) lines.push({ offer, quantity });
  }
  return lines;
}

interface AddOrder {
  household: PlannedHousehold;
  passage: PlannedPassage;
  orgs: OrganisationsPlan;
  eligibility: EligibilityPlan;
  offers: readonly GroceryOffer[];
  stock: Map<string, StockRow>;
  usedInMonth: Map<string, number>;
  now: Date;
  rng: Rng;
}

function addOrder(plan: OrdersPlan, { household, passage, orgs, eligibility, offers, stock, usedInMonth, now, rng }: AddOrder): void {
  const rights = eligibility.byHousehold.get(household.id) ?? null;
  const lines = pickLines(offers, stock, passage, rng);
  const monthKey = `${household.id}/${passage.date.slice(0, 7)}`;
  const used = usedInMonth.get(monthKey) ?? 0;
  const cap = rights?.monthlyCapCents ?? null;
  const price = () => priceOrder(lines.map(({ offer, quantity }) => ({ referencePriceCents: offer.product.referencePriceCents, socialPricing: offer.socialPricing, quantity })), rights, passage.date);
  let priced = price();
  while (lines.length > 1 && !checkMonthlyCap(cap, used, priced.lines).ok) {
    lines.pop();
    priced = price();
  }
  if (lines.length === 0 || !checkMonthlyCap(cap, used, priced.lines).ok) return;
  usedInMonth.set(monthKey, used + priced.socialReferenceCents);
  const orderId = randomUUID();
  const [channel, enteredById] = household.relayed
    ? (["relay", orgs.staff.relay] as const)
    : household.accountId && rng.chance(0.8) ? (["app", household.accountId] as const)
      : ([rng.chance(0.7) ? "phone" : "paper", orgs.staff.groceryCoordinator] as const);
  plan.orders.push({
    id: orderId, organisationId: orgs.orgIds.grocery, householdId: household.id, passageId: passage.id, status: "confirmed", channel, enteredById,
    cutoffAt: passage.cutoffAt, totalCents: priced.totalCents, referenceTotalCents: priced.referenceTotalCents, capReferenceCents: priced.socialReferenceCents,
    // Placed in the days before the cutoff, and never later than the seeding.
    createdAt: new Date(Math.min(passage.cutoffAt.getTime(), now.getTime()) - rng.int(1, 96) * 3_600_000),
  });
  const planned: PlannedOrder = { id: orderId, household, passage, lines: [], totalCents: priced.totalCents };
  lines.forEach(({ offer, quantity }, i) => {
    const line = priced.lines[i];
    if (!line) return;
    plan.lines.push({ orderId, offerId: offer.id, productId: offer.productId, quantity, unitPriceCents: line.unitPriceCents,
      referenceUnitPriceCents: line.referencePriceCents, socialPrice: line.socialPriceApplied });
    planned.lines.push({ offerId: offer.id, productId: offer.productId, quantity, unitPriceCents: line.unitPriceCents });
    const row = stock.get(`${passage.templateId}/${passage.date}/${offer.id}`);
    if (row) row.reserved += quantity;
  });
  plan.planned.push(planned);
}
