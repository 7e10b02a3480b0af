/**
 * Purchase orders as they stood at the cutoff. Once a date's orders close, its purchase order is
 * final: it is stored once (PurchaseOrder, unique per buyer, producer and date) with the prices
 * agreed then, sent to the producer, and what the buyer owes is counted at those prices. Before the
 * cutoff, or for a date nobody stored, the purchase order is read from the orders as they stand.
 */
import { addDays, localDateOf, type LocalDate } from "@tournee/domain/calendar";
import type { Prisma } from "../../generated/prisma/client.js";
import { dbDate, isoDate } from "../planning/coordinated-organisation.js";
import { supplyDays, type SupplyDay } from "./supply-dates.js";

export interface PurchaseOrderLine {
  offerId: string;
  productId: string;
  name: string;
  unit: string;
  quantity: number;
  producerPriceCents: number;
}

export interface StoredPurchaseOrder {
  id: string;
  organisationId: string;
  producerId: string;
  date: LocalDate;
  lines: PurchaseOrderLine[];
  totalCents: number;
  frozenAt: Date;
}

/** Dates whose purchase order is stored once their cutoff has passed: from a week back (a server down over a weekend still catches up). */
const CATCH_UP_DAYS = 7;

/** The subject of a purchase order's messages, in their dedupe key. */
export const purchaseOrderSubject = (po: { id: string }) => `po:${po.id}`;

export const linesOfDay = (day: SupplyDay): PurchaseOrderLine[] =>
  day.lines.filter((l) => l.ordered > 0).map((l) => ({ offerId: l.offerId, productId: l.productId, name: l.name, unit: l.unit, quantity: l.ordered, producerPriceCents: l.producerPriceCents ?? 0 }));

export const totalOf = (lines: readonly PurchaseOrderLine[]): number => lines.reduce((sum, l) => sum + l.quantity * l.producerPriceCents, 0);

const stored = (row: { id: string; organisationId: string; producerId: string; date: Date; lines: Prisma.JsonValue; totalCents: number; frozenAt: Date }): StoredPurchaseOrder => ({
  ...row, date: isoDate(row.date), lines: row.lines as unknown as PurchaseOrderLine[],
});

/** The stored purchase orders of one buyer and producer between two dates. */
export async function storedPurchaseOrders(db: Prisma.TransactionClient, buyerId: string, producerId: string, from: LocalDate, to: LocalDate): Promise<StoredPurchaseOrder[]> {
  const rows = await db.purchaseOrder.findMany({ where: { organisationId: buyerId, producerId, date: { gte: dbDate(from), lte: dbDate(to) } }, orderBy: { date: "asc" } });
  return rows.map(stored);
}

/**
 * Stores the purchase order of every date whose orders have closed (from a week back), once: a
 * second call, or a second server, finds it stored and leaves it. Answers those of the dates from
 * today on, stored now or before, with at least one line: the ones to send.
 */
export async function freezeDuePurchaseOrders(db: Prisma.TransactionClient, now: Date): Promise<StoredPurchaseOrder[]> {
  const today = localDateOf(now);
  const agreements = await db.supplyAgreement.findMany({ where: { active: true }, select: { organisationId: true, producerId: true } });
  const due: StoredPurchaseOrder[] = [];
  for (const a of agreements) {
    const days = (await supplyDays(db, a.producerId, a.organisationId, addDays(today, -CATCH_UP_DAYS), addDays(today, CATCH_UP_DAYS))).filter((d) => d.cutoffAt <= now);
    if (!days.length) continue;
    await db.purchaseOrder.createMany({
      data: days.map((d) => {
        const lines = linesOfDay(d);
        return { organisationId: a.organisationId, producerId: a.producerId, date: dbDate(d.date), lines: lines as unknown as Prisma.InputJsonValue, totalCents: totalOf(lines), frozenAt: now };
      }),
      skipDuplicates: true,
    });
    const rows = await storedPurchaseOrders(db, a.organisationId, a.producerId, today, addDays(today, CATCH_UP_DAYS));
    due.push(...rows.filter((r) => r.lines.length > 0));
  }
  return due;
}

/** The purchase order of a date: as stored at the cutoff, or as the orders stand now (null: no round carries the producer's goods that day). */
export async function purchaseOrderOf(db: Prisma.TransactionClient, buyerId: string, producerId: string, date: LocalDate): Promise<{ lines: PurchaseOrderLine[]; storedAt: Date | null } | null> {
  const [row] = await storedPurchaseOrders(db, buyerId, producerId, date, date);
  if (row) return { lines: row.lines, storedAt: row.frozenAt };
  const [day] = await supplyDays(db, producerId, buyerId, date, date);
  return day ? { lines: linesOfDay(day), storedAt: null } : null;
}
