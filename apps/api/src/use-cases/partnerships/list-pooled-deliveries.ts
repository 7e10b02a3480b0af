/**
 * The partner's deliveries on the carrier's rounds over a period (default: two weeks back, two
 * weeks ahead), read by either side. Each row is what delivering needs (name, where, what to hand
 * over, the amount to collect) and how it went; never the household's rights, contact or
 * anything else of either organisation.
 */
import { amountDue } from "@tournee/sync";
import { addDays, localDateOf } from "@tournee/domain/calendar";
import type { PooledDeliveries } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { dbDate, isoDate } from "../../db/db-date.js";
import type { Services } from "../../services.js";
import { covers, coveredPassages, findPartnership, sideOf } from "./partnership-records.js";

export async function listPooledDeliveries({ services, actor, id, from, to }: { services: Services; actor: Actor; id: string; from?: string | undefined; to?: string | undefined }): Promise<PooledDeliveries> {
  const prisma = services.db.prisma;
  const partnership = await findPartnership(prisma, actor, id);
  const today = localDateOf(services.now());
  const start = from ?? addDays(today, -14);
  const end = to ?? addDays(today, 14);
  const orders = await prisma.order.findMany({
    where: { organisationId: partnership.partnerId, status: { not: "pending" }, passage: { AND: [coveredPassages(partnership), { date: { gte: dbDate(start), lte: dbDate(end) } }] } },
    include: {
      passage: { include: { stop: true } },
      household: { select: { name: true, accessNotes: true } },
      lines: { include: { product: { select: { name: true, unit: true } } }, orderBy: { id: "asc" } },
      handover: true,
      payments: true,
    },
    orderBy: [{ passage: { date: "asc" } }, { passage: { windowStart: "asc" } }, { household: { name: "asc" } }],
  });
  // An order stays on the carrier's round whatever became of the partnership since: it was carried.
  const carried = orders.filter((o) => covers({ ...partnership, status: "active" }, { date: isoDate(o.passage.date), templateId: o.passage.templateId }));
  const sentOut = new Set((await prisma.tour.findMany({
    where: { organisationId: partnership.carrierId, date: { gte: dbDate(start), lte: dbDate(end) }, status: { in: ["published", "in_progress"] } }, select: { date: true },
  })).map((t) => isoDate(t.date)));
  const conflicts = await prisma.syncConflict.findMany({ where: { orderId: { in: carried.map((o) => o.id) } }, orderBy: { createdAt: "asc" } });
  const collected = { cash: 0, card: 0, voucher: 0, credit: 0 };
  for (const o of carried) for (const pay of o.payments) collected[pay.method] += pay.amountCents - pay.heldCents;
  return {
    partnershipId: partnership.id,
    ourSide: sideOf(actor, partnership),
    from: start,
    to: end,
    collected,
    deliveries: carried.map((o) => {
      const homeDrop = o.passage.stop.kind === "home_drop";
      return {
        orderId: o.id,
        date: isoDate(o.passage.date),
        stopName: o.passage.stop.name,
        city: o.passage.stop.city,
        homeDrop,
        time: (o.passage.publishedArrival ?? o.passage.plannedArrival)?.toISOString() ?? null,
        windowStart: o.passage.windowStart.toISOString(),
        windowEnd: o.passage.windowEnd.toISOString(),
        householdName: o.household.name,
        accessNotes: homeDrop ? o.household.accessNotes : null,
        lines: o.lines.map((l) => ({ productName: l.product.name, unit: l.product.unit, quantity: l.quantity, deliveredQuantity: l.deliveredQuantity })),
        status: o.status,
        awaitsReplanning: !o.passage.tourId && !o.handover && sentOut.has(isoDate(o.passage.date)),
        outcome: o.handover?.outcome ?? null,
        handedOverAt: o.handover?.deviceTime.toISOString() ?? null,
        dueCents: amountDue(o.lines.map((l) => ({ unitPriceCents: l.unitPriceCents, quantity: l.quantity, delivered: l.deliveredQuantity }))),
        collectedCents: o.payments.reduce((sum, pay) => sum + pay.amountCents - pay.heldCents, 0),
        conflicts: conflicts.filter((c) => c.orderId === o.id).map((c) => ({ rule: c.rule, detail: c.detail, resolved: c.resolvedAt !== null })),
      };
    }),
  };
}
