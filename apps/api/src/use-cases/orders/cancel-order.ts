/** Cancelling before the cutoff gives the stock back and frees the monthly credit; the cancelled order comes back as it is shown. */
import type { Actor } from "../../auth/actor.js";
import { Prisma } from "../../generated/prisma/client.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { orderInclude, orderView } from "./order-view.js";
import { isStaffOf } from "./ordering-household.js";
import { mayActOn } from "./place-order.js";
import { checkPassageOpen } from "./passage-gate.js";
import { rebookStock } from "./rebook-stock.js";
import { TRANSACTION_OPTIONS } from "./save-order.js";

export async function cancelOrder(ctx: { services: Services; actor: Actor; orderId: string }) {
  const { services, actor } = ctx;
  const cancelled = await services.db.prisma.$transaction(async (tx) => {
    // The household's row, found through the order, is locked; then the order is read current.
    await tx.$queryRaw(Prisma.sql`SELECT h.id FROM "Household" h JOIN "Order" o ON o."householdId" = h.id WHERE o.id = ${ctx.orderId}::uuid FOR UPDATE OF h`);
    // Read whole, as it is shown: what comes back is this plus what the update changed.
    const order = await tx.order.findUnique({ where: { id: ctx.orderId }, include: orderInclude });
    if (!order || !mayActOn(actor, order)) throw notFound("order");
    checkPassageOpen(order.passage, services.now());
    if (order.status !== "confirmed" && order.status !== "pending") throw new ApiError("conflict", `the order is already ${order.status}`);
    const updated = await tx.order.update({ where: { id: order.id }, data: { status: "cancelled", cancelledAt: services.now(), version: { increment: 1 } } });
    await recordAudit(tx, { actor, organisationId: order.organisationId, action: "cancel", entity: "Order", entityId: order.id });
    // Last, just before the commit: the round's stock rows are shared by every order of the round.
    const held = new Map(order.lines.map((l) => [l.offerId, l.quantity]));
    await rebookStock(tx, { organisationId: order.organisationId, templateId: order.passage.templateId, date: order.passage.date }, held, [], "refuse");
    return { ...order, ...updated };
  }, TRANSACTION_OPTIONS);
  return orderView(cancelled, isStaffOf(actor, cancelled.organisationId), services.now());
}
