/**
 * The receiving checklist at the warehouse, per delivery date: for each producer that brings its
 * goods to the grocery's warehouse (`warehouse_drop`), what its purchase order expects, by when,
 * what was counted when it came (a `SupplyReceipt` with no round: it supplies every round of the
 * date), who is late, and the households a short count leaves short. Coordinators of the buyer.
 */
import type { Drop, DropChecklist } from "@tournee/domain";
import { addDays, localDateOf, zonedToInstant, type LocalDate } from "@tournee/domain/calendar";
import type { Actor } from "../../auth/actor.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { Services } from "../../services.js";
import { coordinatedOrganisation, dbDate, timeOfMinute } from "../planning/coordinated-organisation.js";
import { shortOrders } from "./farm-receipts.js";
import { purchaseOrderOf } from "./purchase-orders.js";
import { receiptPassages } from "./record-shortfall.js";
import { supplyDays } from "./supply-dates.js";

/** How far around today the checklist offers other delivery dates. */
const DATES_BACK = 14;
const DATES_AHEAD = 14;

type DropAgreement = Prisma.SupplyAgreementGetPayload<{ include: { producer: true; dropSite: true } }>;

export async function dropAgreements(db: Prisma.TransactionClient, buyerId: string, producerId?: string): Promise<DropAgreement[]> {
  return db.supplyAgreement.findMany({
    where: { organisationId: buyerId, route: "warehouse_drop", active: true, dropSiteId: { not: null }, dropByMinute: { not: null }, ...(producerId ? { producerId } : {}) },
    include: { producer: true, dropSite: true }, orderBy: { producer: { name: "asc" } },
  });
}

/** The drop receipts of one producer's goods on a date: counts with no round. */
export function dropReceiptsOf(db: Prisma.TransactionClient, buyerId: string, producerId: string, date: LocalDate) {
  return db.supplyReceipt.findMany({
    where: { date: dbDate(date), tourId: null, offer: { organisationId: buyerId, product: { organisationId: producerId } } },
    include: { offer: { include: { product: true } }, recordedBy: { select: { displayName: true } } },
  });
}

async function dropOn(db: Prisma.TransactionClient, buyerId: string, a: DropAgreement, date: LocalDate, now: Date): Promise<Drop | null> {
  const po = await purchaseOrderOf(db, buyerId, a.producerId, date);
  const receipts = await dropReceiptsOf(db, buyerId, a.producerId, date);
  const expected = po?.lines ?? [];
  if (!expected.length && !receipts.length) return null;
  const dueAt = zonedToInstant(date, timeOfMinute(a.dropByMinute!));
  const lines: Drop["lines"] = expected.map((l) => ({ offerId: l.offerId, productName: l.name, unit: l.unit, expected: l.quantity, received: null, note: null, receiptId: null }));
  for (const r of receipts) {
    let line = lines.find((l) => l.offerId === r.offerId);
    if (!line) lines.push((line = { offerId: r.offerId, productName: r.offer.product.name, unit: r.offer.product.unit, expected: r.expected, received: null, note: null, receiptId: null }));
    Object.assign(line, { received: r.received, note: r.note, receiptId: r.id });
  }
  lines.sort((x, y) => x.productName.localeCompare(y.productName, "fr"));
  const first = receipts.reduce<(typeof receipts)[number] | undefined>((f, r) => (!f || r.recordedAt < f.recordedAt ? r : f), undefined);
  const short: Drop["shortOrders"] = [];
  for (const r of receipts) short.push(...(await shortOrders(db, r, receiptPassages(buyerId, r))));
  return {
    producerId: a.producerId, producerName: a.producer.name, siteName: a.dropSite!.name, dueAt: dueAt.toISOString(),
    status: first ? "received" : now > dueAt ? "late" : "expected",
    receivedAt: first?.recordedAt.toISOString() ?? null, receivedBy: first?.recordedBy?.displayName ?? null, lines, shortOrders: short,
  };
}

export async function dropChecklist({ services, actor, date }: { services: Services; actor: Actor; date?: LocalDate | undefined }): Promise<DropChecklist> {
  const buyer = await coordinatedOrganisation(services, actor, undefined);
  const db = services.db.prisma;
  const now = services.now();
  const today = localDateOf(now);
  const agreements = await dropAgreements(db, buyer.id);
  const around = new Set<LocalDate>();
  for (const a of agreements) {
    for (const day of await supplyDays(db, a.producerId, buyer.id, addDays(today, -DATES_BACK), addDays(today, DATES_AHEAD))) {
      if (day.lines.some((l) => l.ordered > 0)) around.add(day.date);
    }
  }
  const dates = [...around].sort();
  const chosen = date ?? dates.find((d) => d >= today) ?? dates.at(-1) ?? today;
  const drops: Drop[] = [];
  for (const a of agreements) {
    const drop = await dropOn(db, buyer.id, a, chosen, now);
    if (drop) drops.push(drop);
  }
  return { date: chosen, dates, drops };
}

