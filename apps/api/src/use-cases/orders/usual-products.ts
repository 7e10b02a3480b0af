/**
 * What a household usually takes: the products of its recent orders, the most often ordered first
 * (then by name), each with the quantity it took the last time. Used to show "my usual products"
 * first when ordering, and to print them on its paper slip.
 */
import type { Prisma } from "../../generated/prisma/client.js";
import { isoDate } from "./household-rights.js";

/** Orders looked at. */
export const RECENT_ORDERS = 8;

export interface UsualProduct {
  productId: string;
  name: string;
  unit: string;
  times: number;
  lastQuantity: number;
}

interface RecentOrder {
  lines: { quantity: number; product: { id: string; name: string; unit: string; active: boolean } }[];
}

/** `orders` newest first. */
export function rankUsual(orders: readonly RecentOrder[]): UsualProduct[] {
  const seen = new Map<string, UsualProduct>();
  for (const order of orders.slice(0, RECENT_ORDERS)) {
    for (const { quantity, product } of order.lines.filter((l) => l.product.active)) {
      const known = seen.get(product.id);
      seen.set(product.id, { productId: product.id, name: product.name, unit: product.unit, times: (known?.times ?? 0) + 1, lastQuantity: known?.lastQuantity ?? quantity });
    }
  }
  return [...seen.values()].sort((a, b) => b.times - a.times || a.name.localeCompare(b.name, "fr"));
}

export const recentOrderSelect = {
  householdId: true,
  passage: { select: { date: true } },
  lines: { select: { quantity: true, product: { select: { id: true, name: true, unit: true, active: true } } } },
} satisfies Prisma.OrderSelect;

/** The household's usual products and its latest order at another passage than `passageId` ("same as last time"). */
export async function householdUsuals(db: Prisma.TransactionClient, householdId: string, organisationId: string, passageId: string) {
  const orders = await db.order.findMany({
    where: { householdId, organisationId, status: { not: "cancelled" }, passageId: { not: passageId }, amapSubscriptionId: null },
    orderBy: [{ passage: { date: "desc" } }, { createdAt: "desc" }],
    take: RECENT_ORDERS,
    select: recentOrderSelect,
  });
  const last = orders[0];
  return {
    usualProductIds: rankUsual(orders).map((u) => u.productId),
    lastOrder: last ? { date: isoDate(last.passage.date), lineCount: last.lines.length } : null,
  };
}
