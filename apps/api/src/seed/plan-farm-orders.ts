/**
 * Residents buy the farms' goods too: about one order in three of each round date also takes one
 * farm product, within what the farm declared it can supply that date, the round's room for it
 * and the household's monthly cap. Priced like the rest of the order (the grocery's social prices);
 * the farm is paid its agreed price whatever the household paid.
 */
import { checkMonthlyCap, priceOrder } from "@tournee/domain/pricing";
import { isoDate } from "../db/db-date.js";
import type { EligibilityPlan } from "./plan-eligibility.js";
import type { OrdersPlan } from "./plan-orders.js";
import type { ProducersPlan } from "./plan-producers.js";
import { createRng } from "./prng.js";

/** Its own sequence, so the rest of the demo draws the same numbers as before farms sold on the rounds. */
const SEED = 23_218;
const SHARE_OF_ORDERS = 0.35;
/** An order keeps to 6 lines, as the others. */
const MAX_LINES = 6;

export function planFarmOrders(orders: OrdersPlan, producers: ProducersPlan, eligibility: EligibilityPlan): void {
  const rng = createRng(SEED);
  const products = new Map(producers.products.map((p) => [p.id!, p]));
  const room = new Map(producers.stock.map((s) => [`${s.templateId}/${isoDate(s.date as Date)}/${s.offerId}`, s]));
  const supply = new Map(producers.declarations.map((d) => [`${isoDate(d.date as Date)}/${d.offerId}`, d]));
  const rows = new Map(orders.orders.map((o) => [o.id!, o]));
  const usedInMonth = new Map<string, number>();
  for (const o of orders.planned) {
    const key = `${o.household.id}/${o.passage.date.slice(0, 7)}`;
    usedInMonth.set(key, (usedInMonth.get(key) ?? 0) + Number(rows.get(o.id)?.capReferenceCents ?? 0));
  }
  for (const order of orders.planned) {
    if (order.lines.length >= MAX_LINES || !rng.chance(SHARE_OF_ORDERS)) continue;
    const { passage, household } = order;
    const candidates = producers.offers.filter((offer) => {
      const declared = supply.get(`${passage.date}/${offer.id}`);
      const stock = room.get(`${passage.templateId}/${passage.date}/${offer.id}`);
      return declared && stock && declared.quantity - (declared.reserved ?? 0) > 0 && stock.quantity - (stock.reserved ?? 0) > 0;
    });
    if (!candidates.length) continue;
    const offer = rng.pick(candidates);
    const product = products.get(offer.productId)!;
    const declared = supply.get(`${passage.date}/${offer.id}`)!;
    const stock = room.get(`${passage.templateId}/${passage.date}/${offer.id}`)!;
    const quantity = Math.min(rng.int(1, 2), declared.quantity - (declared.reserved ?? 0), stock.quantity - (stock.reserved ?? 0));
    const rights = eligibility.byHousehold.get(household.id) ?? null;
    const priced = priceOrder([{ referencePriceCents: product.referencePriceCents, socialPricing: offer.socialPricing ?? true, quantity }], rights, passage.date);
    const monthKey = `${household.id}/${passage.date.slice(0, 7)}`;
    const used = usedInMonth.get(monthKey) ?? 0;
    if (!checkMonthlyCap(rights?.monthlyCapCents ?? null, used, priced.lines).ok) continue;
    usedInMonth.set(monthKey, used + priced.socialReferenceCents);
    const line = priced.lines[0]!;
    orders.lines.push({ orderId: order.id, offerId: offer.id!, productId: offer.productId, quantity, unitPriceCents: line.unitPriceCents, referenceUnitPriceCents: line.referencePriceCents, socialPrice: line.socialPriceApplied });
    order.lines.push({ offerId: offer.id!, productId: offer.productId, quantity, unitPriceCents: line.unitPriceCents });
    order.totalCents += priced.totalCents;
    const row = rows.get(order.id)!;
    Object.assign(row, {
      totalCents: Number(row.totalCents) + priced.totalCents,
      referenceTotalCents: Number(row.referenceTotalCents) + priced.referenceTotalCents,
      capReferenceCents: Number(row.capReferenceCents ?? 0) + priced.socialReferenceCents,
    });
    declared.reserved = (declared.reserved ?? 0) + quantity;
    stock.reserved = (stock.reserved ?? 0) + quantity;
  }
}
