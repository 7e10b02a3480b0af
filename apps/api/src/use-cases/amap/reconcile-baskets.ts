/**
 * Makes each member's basket of each open delivery week an order on the passage that serves their
 * halt (or home) that week, so it travels like any order: on the loading list, the driver's phone
 * (handed over offline, synced once), the distribution list. Run after any change to a contract's
 * members, skips or sizes, and when passages are generated. Weeks whose passage's cutoff has passed
 * are left as they are.
 *
 * Price: the basket's price per delivery; a solidarity basket goes through the grocery's social
 * prices (`priceOrder`, the household's rights on the passage date) and counts against the
 * household's monthly cap (`checkMonthlyCap`). A solidarity basket that would go over the cap is
 * still delivered, at the basket's normal price, so that the cap holds. Each basket keeps the
 * contract's price in force for its delivery (`amapPriceCents`, what the producer is paid), so a
 * repricing reaches the baskets still open and never restates those delivered.
 */
import { basketsInWeek, deliveryWeeks, mondayOf } from "@tournee/domain";
import { addDays, localDateOf } from "@tournee/domain/calendar";
import { checkMonthlyCap, priceOrder } from "@tournee/domain/pricing";
import type { Actor } from "../../auth/actor.js";
import { dbDate, isoDate } from "../../db/db-date.js";
import { Prisma } from "../../generated/prisma/client.js";
import { recordAudit } from "../record-audit.js";
import { capOn, creditUsedInMonth, householdRights } from "../orders/household-rights.js";

type Tx = Prisma.TransactionClient;

export interface Reconcile {
  contractId: string;
  now: Date;
  /** Who made the change; basket orders are entered in the subscription's name otherwise. */
  actor?: Actor | undefined;
  /** Only these members (default: all). */
  subscriptionIds?: readonly string[];
}

const passageInclude = { tour: { select: { id: true, status: true } } } satisfies Prisma.PassageInclude;
type BasketPassage = Prisma.PassageGetPayload<{ include: typeof passageInclude }>;

export async function reconcileBaskets(tx: Tx, r: Reconcile): Promise<void> {
  const contract = await tx.amapContract.findUniqueOrThrow({ where: { id: r.contractId } });
  const first = isoDate(contract.firstDate);
  const last = isoDate(contract.lastDate);
  const weeks = deliveryWeeks({ firstDate: first, lastDate: last, everyWeeks: contract.everyWeeks });
  const thisWeek = mondayOf(localDateOf(r.now));
  const open = weeks.filter((w) => w >= thisWeek);
  const subs = await tx.amapSubscription.findMany({
    where: { contractId: contract.id, ...(r.subscriptionIds ? { id: { in: [...r.subscriptionIds] } } : {}) },
    include: { skips: true, size: true },
  });
  const from = open[0] && open[0] > first ? open[0] : first;
  const passages = await tx.passage.findMany({
    where: { organisationId: contract.carrierId, status: "scheduled", stopId: { in: subs.map((s) => s.stopId) }, date: { gte: dbDate(from), lte: dbDate(last) } },
    include: passageInclude,
    orderBy: [{ date: "asc" }, { windowStart: "asc" }],
  });
  for (const sub of subs) {
    const skipped = new Set(sub.skips.map((s) => isoDate(s.week)));
    const orders = await tx.order.findMany({
      where: { amapSubscriptionId: sub.id, passage: { date: { gte: dbDate(thisWeek) } } },
      include: { lines: true, passage: { include: passageInclude } },
    });
    // A week no longer delivered (the season moved, ended early, or changed its frequency) keeps no basket.
    for (const order of orders.filter((o) => !open.includes(mondayOf(isoDate(o.passage.date))))) await cancelBasket(tx, r, order);
    for (const week of open) {
      const sunday = addDays(week, 6);
      const inWeek = (d: Date) => isoDate(d) >= week && isoDate(d) <= sunday;
      const passage = passages.find((p) => p.stopId === sub.stopId && inWeek(p.date));
      const wanted = sub.endedAt ? 0 : basketsInWeek(weeks, skipped, contract.skipRule, week);
      for (const order of orders.filter((o) => inWeek(o.passage.date) && (o.passageId !== passage?.id || wanted === 0))) {
        await cancelBasket(tx, r, order);
      }
      if (!passage || wanted === 0 || r.now >= passage.cutoffAt) continue;
      await placeBasket(tx, r, { ...sub, carrierId: contract.carrierId }, passage, wanted, orders.find((o) => o.passageId === passage.id));
    }
  }
}

type Sub = Prisma.AmapSubscriptionGetPayload<{ include: { size: true } }> & { carrierId: string };
type Existing = Prisma.OrderGetPayload<{ include: { lines: true } }>;

async function placeBasket(tx: Tx, r: Reconcile, sub: Sub, passage: BasketPassage, quantity: number, existing: Existing | undefined): Promise<void> {
  await tx.$queryRaw(Prisma.sql`SELECT id FROM "Household" WHERE id = ${sub.householdId}::uuid FOR UPDATE`);
  const date = isoDate(passage.date);
  const rights = await householdRights(tx, sub.householdId, sub.carrierId, date);
  const line = { referencePriceCents: sub.size.priceCents, socialPricing: sub.solidarity, quantity };
  let priced = priceOrder([line], rights, date);
  const used = await creditUsedInMonth(tx, sub.householdId, sub.carrierId, date, existing?.id);
  if (!checkMonthlyCap(capOn(rights, date), used, priced.lines).ok) priced = priceOrder([{ ...line, socialPricing: false }], rights, date);
  const p = priced.lines[0]!;
  const lineData = { offerId: sub.size.offerId, productId: sub.size.productId, quantity, unitPriceCents: p.unitPriceCents, referenceUnitPriceCents: p.referencePriceCents, socialPrice: p.socialPriceApplied };
  const old = existing?.lines[0];
  const live = existing && existing.status !== "cancelled";
  const amapPriceCents = sub.size.priceCents;
  if (live && old && existing.lines.length === 1 && old.offerId === lineData.offerId && old.quantity === quantity && old.unitPriceCents === lineData.unitPriceCents && existing.amapPriceCents === amapPriceCents) return;
  const totals = { totalCents: priced.totalCents, referenceTotalCents: priced.referenceTotalCents, capReferenceCents: priced.socialReferenceCents, amapPriceCents };
  const enteredById = r.actor?.userId ?? sub.createdById;
  let orderId: string;
  if (existing) {
    await tx.orderLine.deleteMany({ where: { orderId: existing.id } });
    await tx.order.update({ where: { id: existing.id }, data: { ...totals, status: "confirmed", cancelledAt: null, version: { increment: 1 }, updatedAt: r.now, cutoffAt: passage.cutoffAt } });
    orderId = existing.id;
  } else {
    if (!enteredById) throw new Error(`subscription ${sub.id} has no one to enter its baskets in the name of`);
    const order = await tx.order.create({
      data: { ...totals, organisationId: sub.carrierId, householdId: sub.householdId, passageId: passage.id, amapSubscriptionId: sub.id,
        channel: sub.channel, enteredById, cutoffAt: passage.cutoffAt, createdAt: r.now, updatedAt: r.now },
    });
    orderId = order.id;
  }
  await tx.orderLine.create({ data: { ...lineData, orderId } });
  await recordAudit(tx, { actor: r.actor, organisationId: sub.carrierId, action: existing && live ? "change" : "place", entity: "Order", entityId: orderId, changes: { amapSubscriptionId: sub.id, quantity, totalCents: totals.totalCents } });
  await bumpRound(tx, passage);
}

async function cancelBasket(tx: Tx, r: Reconcile, order: Existing & { passage: BasketPassage }): Promise<void> {
  if (order.status !== "confirmed" && order.status !== "pending") return;
  if (r.now >= order.passage.cutoffAt) return;
  await tx.order.update({ where: { id: order.id }, data: { status: "cancelled", cancelledAt: r.now, version: { increment: 1 } } });
  await recordAudit(tx, { actor: r.actor, organisationId: order.organisationId, action: "cancel", entity: "Order", entityId: order.id, changes: { amapSubscriptionId: order.amapSubscriptionId } });
  await bumpRound(tx, order.passage);
}

/** What the driver loads changed: a published round gets a new version, so the phone downloads it again. */
async function bumpRound(tx: Tx, passage: BasketPassage): Promise<void> {
  if (passage.tour?.status === "published") await tx.tour.update({ where: { id: passage.tour.id }, data: { version: { increment: 1 } } });
}

/** New passages of a grocery: the baskets of every contract it carries follow them. */
export async function reconcileCarried(tx: Tx, carrierId: string, now: Date, actor?: Actor): Promise<void> {
  const contracts = await tx.amapContract.findMany({ where: { carrierId, lastDate: { gte: dbDate(localDateOf(now)) } }, select: { id: true } });
  for (const c of contracts) await reconcileBaskets(tx, { contractId: c.id, now, actor });
}
