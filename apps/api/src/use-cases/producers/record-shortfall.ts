/**
 * What a receipt leaves short reaches the households: the lines of the rounds' orders of the
 * product, not yet handed over, go short by their share of what did not come (`shareShortfall`),
 * and each order's amount to pay drops by what it will not get. A recount shares it out again from
 * scratch. Orders handed over already keep what the driver recorded.
 */
import { shareShortfall } from "@tournee/domain";
import type { Prisma } from "../../generated/prisma/client.js";

export interface ShortfallScope {
  offerId: string;
  /** The rounds the receipt supplies: the round that collected at the farm, or every round of the date for a warehouse drop. */
  tourIds: string[];
  /** What came for those rounds, whoever counted it. */
  received: number;
}

/**
 * The rounds a receipt supplies: the round that collected at the farm, or, for a drop at the
 * warehouse (no round), every round of the buyer on that date.
 */
export async function receiptRounds(db: Prisma.TransactionClient, buyerId: string, receipt: { tourId: string | null; date: Date }): Promise<string[]> {
  if (receipt.tourId) return [receipt.tourId];
  const tours = await db.tour.findMany({ where: { organisationId: buyerId, date: receipt.date }, select: { id: true } });
  return tours.map((t) => t.id);
}

export function shortLineWhere(offerId: string, tourIds: string[]) {
  return { offerId, order: { status: { not: "cancelled" as const }, passage: { tourId: { in: tourIds } } } } satisfies Prisma.OrderLineWhereInput;
}

/** Shares the shortfall out again; answers the orders whose amount changed. */
export async function recordShortfall(tx: Prisma.TransactionClient, scope: ShortfallScope): Promise<string[]> {
  if (!scope.tourIds.length) return [];
  const lines = await tx.orderLine.findMany({
    where: shortLineWhere(scope.offerId, scope.tourIds),
    select: { id: true, quantity: true, shortQuantity: true, orderId: true, order: { select: { handover: { select: { id: true } }, household: { select: { name: true } }, passage: { select: { sequence: true, tourId: true } } } } },
  });
  const short = shareShortfall(lines.map((l) => ({ id: l.id, quantity: l.quantity, sequence: l.order.passage.sequence, householdName: l.order.household.name, round: scope.tourIds.length > 1 ? l.order.passage.tourId ?? "" : undefined })), scope.received);
  const changed = new Set<string>();
  for (const line of lines) {
    const shortQuantity = short.get(line.id) ?? 0;
    if (line.order.handover || line.shortQuantity === shortQuantity) continue;
    await tx.orderLine.update({ where: { id: line.id }, data: { shortQuantity } });
    changed.add(line.orderId);
  }
  for (const orderId of changed) {
    const all = await tx.orderLine.findMany({ where: { orderId }, select: { unitPriceCents: true, quantity: true, shortQuantity: true } });
    const totalCents = all.reduce((sum, l) => sum + l.unitPriceCents * (l.quantity - Math.min(l.shortQuantity, l.quantity)), 0);
    await tx.order.update({ where: { id: orderId }, data: { totalCents, version: { increment: 1 } } });
  }
  return [...changed];
}

/** The rounds whose orders changed get a new version, so their drivers' phones download the new amounts. */
export async function newRoundVersions(tx: Prisma.TransactionClient, orderIds: string[]): Promise<void> {
  if (!orderIds.length) return;
  const passages = await tx.passage.findMany({ where: { orders: { some: { id: { in: orderIds } } }, tourId: { not: null } }, select: { tourId: true }, distinct: ["tourId"] });
  for (const { tourId } of passages) await tx.tour.update({ where: { id: tourId! }, data: { version: { increment: 1 } } });
}
