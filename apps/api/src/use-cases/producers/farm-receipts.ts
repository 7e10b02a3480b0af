/**
 * The receipts a grocery's drivers counted at the farms in a month, per round and farm, and for a
 * product that fell short the households it leaves short (`recordShortfall` shared it out in
 * driving order); once an order is handed over, what the driver actually handed over. Coordinators only: it names
 * households.
 */
import type { FarmReceipt, FarmReceipts, SupplyMonthQuerySchema } from "@tournee/domain";
import { monthKey } from "@tournee/domain/calendar";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { Services } from "../../services.js";
import { coordinatedOrganisation, dbDate, isoDate } from "../planning/coordinated-organisation.js";
import { receiptPassages, shortLineWhere } from "./record-shortfall.js";
import { monthSpan } from "./supply-received.js";


type Counted = { offerId: string; expected: number; received: number; offer: { product: { name: string } } };

/** The households a count leaves short, on the passages it supplies (`receiptPassages`). */
export async function shortOrders(db: Prisma.TransactionClient, r: Counted, passages: Prisma.PassageWhereInput): Promise<FarmReceipt["shortOrders"]> {
  if (r.received >= r.expected) return [];
  const lines = await db.orderLine.findMany({
    where: shortLineWhere(r.offerId, passages),
    include: { order: { include: { household: { select: { id: true, name: true } }, handover: true, passage: { include: { stop: { select: { name: true } } } } } } },
  });
  lines.sort((a, b) => (a.order.passage.sequence ?? Infinity) - (b.order.passage.sequence ?? Infinity) || a.order.household.name.localeCompare(b.order.household.name, "fr"));
  return lines.flatMap((l) => {
    // A household that was not there was not left short by the farm.
    if (l.order.status === "not_collected") return [];
    const handedOver = l.order.handover !== null;
    const missing = handedOver ? l.quantity - (l.deliveredQuantity ?? l.quantity) : Math.min(l.shortQuantity, l.quantity);
    if (missing <= 0) return [];
    return [{ orderId: l.orderId, householdId: l.order.household.id, householdName: l.order.household.name, stopName: l.order.passage.stop.name, productName: r.offer.product.name, ordered: l.quantity, missing, handedOver }];
  });
}

export async function farmReceipts({ services, actor, query }: { services: Services; actor: Actor; query: z.output<typeof SupplyMonthQuerySchema> }): Promise<FarmReceipts> {
  const buyer = await coordinatedOrganisation(services, actor, undefined);
  const db = services.db.prisma;
  const month = query.month ?? monthKey(services.now());
  const [from, to] = monthSpan(month);
  const rows = await db.supplyReceipt.findMany({
    where: { date: { gte: dbDate(from), lte: dbDate(to) }, offer: { organisationId: buyer.id, product: query.producerId ? { organisationId: query.producerId } : {} } },
    include: { offer: { include: { product: { include: { organisation: true } } } }, tour: { include: { vehicle: true } }, recordedBy: true, correctedBy: true },
    orderBy: [{ date: "desc" }, { recordedAt: "desc" }],
  });
  const receipts = new Map<string, FarmReceipt>();
  for (const r of rows) {
    const producer = r.offer.product.organisation;
    // A drop at the warehouse (no round) is one receipt per producer and date.
    const key = `${isoDate(r.date)}|${r.tourId ?? "warehouse"}|${producer.id}`;
    const receipt = receipts.get(key) ?? {
      date: isoDate(r.date), tourId: r.tourId, vehicleName: r.tour?.vehicle?.name ?? null, producerId: producer.id, producerName: producer.name, buyerId: buyer.id,
      recordedAt: r.recordedAt.toISOString(), recordedBy: r.recordedBy?.displayName ?? null, lines: [], shortOrders: [],
    };
    receipt.lines.push({ id: r.id, productName: r.offer.product.name, unit: r.offer.product.unit, expected: r.expected, received: r.received, note: r.note, correctedBy: r.correctedBy?.displayName ?? null, correctedAt: r.correctedAt?.toISOString() ?? null });
    receipt.shortOrders.push(...(await shortOrders(db, r, receiptPassages(buyer.id, r))));
    receipts.set(key, receipt);
  }
  for (const r of receipts.values()) r.lines.sort((a, b) => a.productName.localeCompare(b.productName, "fr"));
  return { month, receipts: [...receipts.values()] };
}
