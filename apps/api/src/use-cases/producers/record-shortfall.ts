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
  /** The passages the receipt supplies (`receiptPassages`). */
  passages: Prisma.PassageWhereInput;
  /** What came for those passages, whoever counted it. */
  received: number;
}

/**
 * The passages a receipt supplies: those of the round that collected at the farm, or, for a drop at
 * the warehouse (no round), every passage of the buyer on that date, on a round or not.
 */
export function receiptPassages(buyerId: string, receipt: { tourId: string | null; date: Date }): Prisma.PassageWhereInput {
  return receipt.tourId ? { tourId: receipt.tourId } : { organisationId: buyerId, date: receipt.date };
}

export function shortLineWhere(offerId: string, passages: Prisma.PassageWhereInput) {
  return { offerId, order: { status: { not: "cancelled" as const }, passage: passages } } satisfies Prisma.OrderLineWhereInput;
}

const LAST = "\uffff";

/** Shares the shortfall out again; answers the orders whose amount changed. */
export async function recordShortfall(tx: Prisma.TransactionClient, scope: ShortfallScope): Promise<string[]> {
  // A drop serves the date's rounds one after the other; a passage on no round goes short first.
  const acrossRounds = scope.passages.tourId === undefined;
  const lines = await tx.orderLine.findMany({
    where: shortLineWhere(scope.offerId, scope.passages),
    select: { id: true, quantity: true, shortQuantity: true, orderId: true, order: { select: { handover: { select: { id: true } }, household: { select: { name: true } }, passage: { select: { sequence: true, tourId: true } } } } },
  });
  const short = shareShortfall(lines.map((l) => ({ id: l.id, quantity: l.quantity, sequence: l.order.passage.sequence, householdName: l.order.household.name, round: acrossRounds ? l.order.passage.tourId ?? LAST : undefined })), scope.received);
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
