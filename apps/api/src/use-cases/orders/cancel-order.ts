/** Cancelling before the cutoff gives the stock back and frees the monthly credit; the cancelled order comes back as it is shown. */
import type { Actor } from "../../auth/actor.js";
import { dbDate } from "../../db/db-date.js";
import { runSql, type SqlTx } from "../../db/sql-runner.js";
import { Prisma, type Passage, type Stop } from "../../generated/prisma/client.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { auditInsert } from "../record-audit.js";
import { orderView, type ShownOrder } from "./order-view.js";
import { isStaffOf } from "./ordering-household.js";
import { mayActOn } from "./place-order.js";
import { checkPassageOpen } from "./passage-gate.js";
import { settleStock, stockMoveParts, type LockedRow } from "./rebook-stock.js";

export async function cancelOrder(ctx: { services: Services; actor: Actor; orderId: string }) {
  const { services, actor } = ctx;
  const cancelled = await services.db.sql.transaction(async (tx) => {
    // The household's row, found through the order, is locked; then the order is read current.
    await tx.query(`SELECT h.id FROM "Household" h JOIN "Order" o ON o."householdId" = h.id WHERE o.id = $1::uuid FOR UPDATE OF h`, [ctx.orderId]);
    const order = await cancellableOrder(tx, ctx.orderId);
    if (!order || !mayActOn(actor, order)) throw notFound("order");
    checkPassageOpen(order.passage, services.now());
    if (order.status !== "confirmed" && order.status !== "pending") throw new ApiError("conflict", `the order is already ${order.status}`);
    // The stock is given back in the same statement, the last before the commit: the round's stock rows are shared by every order of the round.
    const move = { round: { organisationId: order.organisationId, templateId: order.passage.templateId, date: order.passage.date }, held: new Map(order.lines.map((l) => [l.offerId, l.quantity])), wanted: [] };
    const stock = stockMoveParts(move);
    const [updated] = await runSql<{ status: "cancelled"; version: number; updatedAt: Date; stock?: LockedRow[] }>(tx, Prisma.sql`
      WITH o AS (UPDATE "Order" SET status = 'cancelled', "cancelledAt" = ${services.now()}, "updatedAt" = ${services.now()}, version = version + 1
                 WHERE id = ${order.id}::uuid RETURNING status, version, "updatedAt"),
      audit AS (${auditInsert({ actor, organisationId: order.organisationId, action: "cancel", entity: "Order", entityId: order.id })})${stock ? Prisma.sql`, ${stock.with}` : Prisma.empty}
      SELECT status, version, "updatedAt"${stock ? Prisma.sql`, ${stock.stock} AS stock` : Prisma.empty} FROM o`);
    const { stock: locked, ...cancelledNow } = updated!;
    if (locked) await settleStock(tx, move, "refuse", locked);
    return { ...order, ...cancelledNow };
  });
  return orderView(cancelled, isStaffOf(actor, cancelled.organisationId), services.now());
}

type CancellableOrder = ShownOrder & { passage: ShownOrder["passage"] & Pick<Passage, "templateId" | "status"> & { stop: Pick<Stop, "id" | "kind" | "name" | "city"> } };

/** The order as it is shown, with what cancelling checks, in one statement. */
async function cancellableOrder(tx: SqlTx, orderId: string): Promise<CancellableOrder | undefined> {
  const [row] = await runSql<Omit<CancellableOrder, "passage"> & { passage: Omit<CancellableOrder["passage"], "date" | "cutoffAt" | "windowStart" | "windowEnd"> & Record<"date" | "cutoffAt" | "windowStart" | "windowEnd", string> }>(tx, Prisma.sql`
    SELECT o.id, o."householdId", o."organisationId", o.status, o.channel, o.version, o."createdAt", o."updatedAt", o."totalCents", o."referenceTotalCents",
           o."capReferenceCents", o."lateReason", json_build_object('name', h.name) AS household,
           json_build_object('id', p.id, 'date', p.date::text, 'templateId', p."templateId", 'status', p.status, 'cutoffAt', p."cutoffAt", 'windowStart', p."windowStart",
                             'windowEnd', p."windowEnd", 'stop', json_build_object('id', s.id, 'kind', s.kind, 'name', s.name, 'city', s.city)) AS passage,
           json_build_object('id', u.id, 'displayName', u."displayName") AS "enteredBy",
           COALESCE((SELECT json_agg(json_build_object('offerId', l."offerId", 'productId', l."productId", 'quantity', l.quantity, 'unitPriceCents', l."unitPriceCents",
                                                       'referenceUnitPriceCents', l."referenceUnitPriceCents", 'socialPrice', l."socialPrice", 'shortQuantity', l."shortQuantity",
                                                       'product', json_build_object('name', pr.name, 'unit', pr.unit)) ORDER BY pr.name)
                     FROM "OrderLine" l JOIN "Product" pr ON pr.id = l."productId" WHERE l."orderId" = o.id), '[]'::json) AS lines
    FROM "Order" o JOIN "Household" h ON h.id = o."householdId" JOIN "Passage" p ON p.id = o."passageId" JOIN "Stop" s ON s.id = p."stopId" JOIN "User" u ON u.id = o."enteredById"
    WHERE o.id = ${orderId}::uuid`);
  if (!row) return undefined;
  const { passage } = row;
  return {
    ...row,
    passage: { ...passage, date: dbDate(passage.date), cutoffAt: new Date(passage.cutoffAt), windowStart: new Date(passage.windowStart), windowEnd: new Date(passage.windowEnd) },
  };
}
