/**
 * A producer declares what its farm can supply on one delivery date: each quantity becomes the most
 * residents may order of that product that date, across every round. Never below what is already
 * ordered, never once the date's orders have closed (the purchase order is then final); all lines
 * are set, or none.
 */
import type { SupplyInputSchema } from "@tournee/domain";
import type { z } from "zod";
import { isAdmin, organisationsWith, type Actor } from "../../auth/actor.js";
import { Prisma } from "../../generated/prisma/client.js";
import { ApiError, notFound, type FieldError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { TRANSACTION_OPTIONS } from "../orders/save-order.js";
import { dbDate } from "../planning/coordinated-organisation.js";
import { recordAudit } from "../record-audit.js";
import { supplyAgreement } from "./supply-dates.js";

export async function declareSupply({ services, actor, input }: { services: Services; actor: Actor; input: z.output<typeof SupplyInputSchema> }) {
  const db = services.db.prisma;
  const date = dbDate(input.date);
  const offers = await db.offer.findMany({ where: { id: { in: input.lines.map((l) => l.offerId) }, organisationId: input.buyerId }, include: { product: true } });
  const byId = new Map(offers.map((o) => [o.id, o]));
  const mine = organisationsWith(actor, ["producer"]);
  const unknown: FieldError[] = input.lines.flatMap((l, i) => {
    const offer = byId.get(l.offerId);
    return offer && (isAdmin(actor) || mine.includes(offer.product.organisationId)) ? [] : [{ in: "body" as const, path: `lines.${i}.offerId`, message: "not one of your products sold by this grocery" }];
  });
  if (unknown.length) throw new ApiError("validation_failed", `${unknown.length} line(s) are not your products sold by this grocery`, unknown);
  const producers = new Set(offers.map((o) => o.product.organisationId));
  if (producers.size !== 1) throw new ApiError("validation_failed", "declare one producer's products at a time", [{ in: "body", path: "lines", message: "products of several producers" }]);
  const [producerId] = [...producers] as [string];
  if (!(await supplyAgreement(db, producerId, input.buyerId))) throw notFound("supply agreement with this grocery");
  const passages = await db.passage.findMany({ where: { organisationId: input.buyerId, date, status: "scheduled" }, select: { cutoffAt: true } });
  if (!passages.length) throw new ApiError("validation_failed", "the grocery has no round on this date", [{ in: "body", path: "date", message: "no round on this date" }]);
  const cutoffAt = new Date(Math.max(...passages.map((p) => p.cutoffAt.getTime())));
  if (services.now() >= cutoffAt) throw new ApiError("orders_closed", `orders for ${input.date} closed at ${cutoffAt.toISOString()}: the purchase order is final`);

  await db.$transaction(async (tx) => {
    const below: FieldError[] = [];
    for (const [i, line] of input.lines.entries()) {
      // Orders lock the declaration row before reserving on it: lock it, then count what is ordered.
      await tx.$queryRaw(Prisma.sql`SELECT id FROM "SupplyDeclaration" WHERE "offerId" = ${line.offerId}::uuid AND date = ${date} FOR UPDATE`);
      const ordered = (await tx.orderLine.aggregate({
        where: { offerId: line.offerId, order: { status: { not: "cancelled" }, passage: { organisationId: input.buyerId, date } } }, _sum: { quantity: true },
      }))._sum.quantity ?? 0;
      if (line.quantity < ordered) {
        below.push({ in: "body", path: `lines.${i}.quantity`, message: `${byId.get(line.offerId)!.product.name}: ${ordered} already ordered` });
        continue;
      }
      const values = { quantity: line.quantity, reserved: ordered, declaredById: actor.userId };
      await tx.supplyDeclaration.upsert({ where: { offerId_date: { offerId: line.offerId, date } }, create: { offerId: line.offerId, date, ...values }, update: values });
    }
    if (below.length) throw new ApiError("supply_below_ordered", `residents already ordered more than declared: ${below.map((b) => b.message).join("; ")}`, below);
    await recordAudit(tx, { actor, organisationId: input.buyerId, action: "declare", entity: "SupplyDeclaration", entityId: producerId, changes: { date: input.date, lines: input.lines } });
  }, TRANSACTION_OPTIONS);
  return { buyerId: input.buyerId, date: input.date, lines: input.lines };
}
