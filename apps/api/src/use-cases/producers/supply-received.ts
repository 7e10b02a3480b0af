/**
 * What a buyer received of a producer's goods on one delivery date, against its purchase order:
 * the receipts the rounds' drivers counted at the farm (`farm.received`), summed over the rounds
 * that collected. A product nobody counted is taken as received as ordered, and says so
 * (`counted: false`). Prices are the purchase order's, agreed at the cutoff.
 */
import { addDays, type LocalDate } from "@tournee/domain/calendar";
import type { Prisma } from "../../generated/prisma/client.js";
import { dbDate, isoDate } from "../planning/coordinated-organisation.js";
import { purchaseOrderOf, storedPurchaseOrders } from "./purchase-orders.js";
import { supplyDays } from "./supply-dates.js";

export interface ReceivedLine {
  offerId: string;
  name: string;
  unit: string;
  ordered: number;
  received: number;
  counted: boolean;
  priceCents: number;
  note: string | null;
}

export interface ReceivedDay {
  date: LocalDate;
  lines: ReceivedLine[];
  /** The counts made, per round: who and when. */
  pickups: { tourId: string | null; vehicleName: string | null; recordedAt: Date; recordedBy: string | null }[];
}

const receiptInclude = { offer: { include: { product: true } }, tour: { select: { vehicle: { select: { name: true } } } }, recordedBy: { select: { displayName: true } } } satisfies Prisma.SupplyReceiptInclude;

/** The month's first and last days ("2026-12" → 2026-12-01, 2026-12-31). */
export function monthSpan(month: string): [LocalDate, LocalDate] {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  return [`${month}-01`, addDays(next, -1)];
}

export async function receivedOn(db: Prisma.TransactionClient, buyerId: string, producerId: string, date: LocalDate): Promise<ReceivedDay | null> {
  const po = await purchaseOrderOf(db, buyerId, producerId, date);
  const receipts = await db.supplyReceipt.findMany({
    where: { date: dbDate(date), offer: { organisationId: buyerId, product: { organisationId: producerId } } },
    include: receiptInclude, orderBy: { recordedAt: "asc" },
  });
  if (!po && !receipts.length) return null;
  const lines: ReceivedLine[] = (po?.lines ?? []).map((l) => ({ offerId: l.offerId, name: l.name, unit: l.unit, ordered: l.quantity, received: l.quantity, counted: false, priceCents: l.producerPriceCents, note: null }));
  const ordered = new Set(lines.map((l) => l.offerId));
  for (const r of receipts) {
    let line = lines.find((l) => l.offerId === r.offerId);
    if (!line) lines.push((line = { offerId: r.offerId, name: r.offer.product.name, unit: r.offer.product.unit, ordered: 0, received: 0, counted: false, priceCents: r.offer.producerPriceCents ?? 0, note: null }));
    if (ordered.has(r.offerId)) {
      // What this round did not get (or got beyond what it was to load) moves the whole date's count.
      line.received = Math.max(0, line.received - (r.expected - r.received));
    } else {
      // No purchase order for the date (none stored, no round carries it any more): the rounds' own counts.
      line.ordered += r.expected;
      line.received += r.received;
    }
    line.counted = true;
    if (r.note) line.note = line.note ? `${line.note} ; ${r.note}` : r.note;
  }
  const pickups = [...new Map(receipts.map((r) => [r.tourId ?? r.id, { tourId: r.tourId, vehicleName: r.tour?.vehicle?.name ?? null, recordedAt: r.recordedAt, recordedBy: r.recordedBy?.displayName ?? null }])).values()];
  return { date, lines: lines.filter((l) => l.ordered > 0 || l.received > 0), pickups };
}

/**
 * The delivery dates of a month on which the buyer received the producer's goods: dates before
 * `today` with a purchase order, and any date whose goods were counted already.
 */
export async function receivedDays(db: Prisma.TransactionClient, buyerId: string, producerId: string, month: string, today: LocalDate): Promise<ReceivedDay[]> {
  const [from, to] = monthSpan(month);
  const lastPast = addDays(today, -1) < to ? addDays(today, -1) : to;
  const dates = new Set<LocalDate>();
  if (from <= lastPast) {
    for (const po of await storedPurchaseOrders(db, buyerId, producerId, from, lastPast)) dates.add(po.date);
    for (const day of await supplyDays(db, producerId, buyerId, from, lastPast)) dates.add(day.date);
  }
  const counted = await db.supplyReceipt.findMany({ where: { date: { gte: dbDate(from), lte: dbDate(to) }, offer: { organisationId: buyerId, product: { organisationId: producerId } } }, select: { date: true }, distinct: ["date"] });
  for (const r of counted) dates.add(isoDate(r.date));
  const days: ReceivedDay[] = [];
  for (const date of [...dates].sort()) {
    const day = await receivedOn(db, buyerId, producerId, date);
    if (day?.lines.length) days.push(day);
  }
  return days;
}
