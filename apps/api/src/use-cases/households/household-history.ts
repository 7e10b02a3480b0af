/**
 * A household's history for its coordinators: every order (newest first) with whether it was
 * handed over, in full or short, or missed; the payments made at the door; and the balance still
 * owed (what was handed over, less what was paid).
 */
import { localDateOf } from "@tournee/domain/calendar";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { isoDate } from "../orders/household-rights.js";
import { shortLinesOf, stopView } from "../orders/order-view.js";

const HISTORY_ORDERS = 100;

type Visit = "upcoming" | "attended" | "partly" | "missed" | "cancelled";

function visitOf(status: string, outcome: string | undefined): Visit {
  if (status === "cancelled") return "cancelled";
  if (outcome === "absent" || outcome === "refused" || status === "not_collected") return "missed";
  if (outcome === "partial" || status === "partially_delivered") return "partly";
  if (outcome === "delivered" || status === "delivered") return "attended";
  return "upcoming";
}

export async function householdHistory({ services, actor, householdId }: { services: Services; actor: Actor; householdId: string }) {
  const prisma = services.db.prisma;
  const household = await prisma.household.findFirst({ where: { id: householdId, archivedAt: null, organisationId: coordinatedOrganisations(actor) }, select: { id: true } });
  if (!household) throw notFound("household");
  const orders = await prisma.order.findMany({
    where: { householdId },
    include: { passage: { include: { stop: true } }, lines: { select: { quantity: true, unitPriceCents: true, deliveredQuantity: true, shortQuantity: true, product: { select: { name: true, unit: true } } } }, handover: { select: { outcome: true } }, payments: { select: { amountCents: true } } },
    orderBy: [{ passage: { date: "desc" } }, { createdAt: "desc" }],
    take: HISTORY_ORDERS,
  });
  const payments = await prisma.payment.findMany({ where: { householdId }, orderBy: { deviceTime: "desc" }, take: HISTORY_ORDERS });
  const rows = orders.map((o) => {
    const visit = visitOf(o.status, o.handover?.outcome);
    const handedOver = visit === "attended" || visit === "partly";
    return {
      orderId: o.id, passageId: o.passageId, date: isoDate(o.passage.date), stop: stopView(o.passage.stop), status: o.status, channel: o.channel, visit,
      lineCount: o.lines.length, totalCents: o.totalCents,
      dueCents: handedOver ? o.lines.reduce((sum, l) => sum + l.unitPriceCents * (l.deliveredQuantity ?? l.quantity), 0) : 0,
      paidCents: o.payments.reduce((sum, p) => sum + p.amountCents, 0),
      lateReason: o.lateReason,
      shortLines: shortLinesOf(o.lines),
    };
  });
  const paidOutside = payments.filter((p) => !p.orderId).reduce((sum, p) => sum + p.amountCents, 0);
  return {
    householdId,
    orders: rows,
    payments: payments.map((p) => ({ date: localDateOf(p.deviceTime), method: p.method, amountCents: p.amountCents })),
    attended: rows.filter((r) => r.visit === "attended" || r.visit === "partly").length,
    missed: rows.filter((r) => r.visit === "missed").length,
    balanceCents: rows.reduce((sum, r) => sum + r.dueCents - r.paidCents, 0) - paidOutside,
  };
}
