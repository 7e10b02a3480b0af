/**
 * At the warehouse, the person receiving a producer's drop ticks what came and counts what is
 * short. Each product of the date's purchase order gets one receipt with no round (it supplies
 * every round of the date); a second count of the same drop replaces the first, the audit log
 * keeping what it replaced. What did not come is shared out to the households of the date's rounds
 * like a shortfall at a farm (`recordShortfall`): their orders say so and cost less, the rounds get
 * a new version for their drivers' phones, and the statement counts what came.
 */
import type { DropChecklist, DropReceiptInput } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { coordinatedOrganisation, dbDate } from "../planning/coordinated-organisation.js";
import { recordAudit } from "../record-audit.js";
import { purchaseOrderOf } from "./purchase-orders.js";
import { newRoundVersions, receiptPassages, recordShortfall } from "./record-shortfall.js";
import { dropAgreements, dropChecklist, dropReceiptsOf } from "./warehouse-drops.js";

export async function recordDrop({ services, actor, input }: { services: Services; actor: Actor; input: DropReceiptInput }): Promise<DropChecklist> {
  const buyer = await coordinatedOrganisation(services, actor, undefined);
  const db = services.db.prisma;
  const [agreement] = await dropAgreements(db, buyer.id, input.producerId);
  if (!agreement) throw notFound("producer bringing its goods to the warehouse");
  const po = await purchaseOrderOf(db, buyer.id, input.producerId, input.date);
  const expected = po?.lines ?? [];
  if (!expected.length) {
    throw new ApiError("validation_failed", "nothing is ordered from this producer for this date: choose a date on the checklist", [{ in: "body", path: "date", message: "no purchase order from this producer on this date" }]);
  }
  const counted = new Map<string, DropReceiptInput["lines"][number]>();
  for (const [i, line] of input.lines.entries()) {
    if (!expected.some((l) => l.offerId === line.offerId)) throw new ApiError("validation_failed", "a product that is not on this date's purchase order", [{ in: "body", path: `lines.${i}.offerId`, message: "not on the purchase order of this producer and date" }]);
    if (counted.has(line.offerId)) throw new ApiError("validation_failed", "a product counted twice", [{ in: "body", path: `lines.${i}.offerId`, message: "counted twice" }]);
    counted.set(line.offerId, line);
  }
  const now = services.now();
  await db.$transaction(async (tx) => {
    const before = await dropReceiptsOf(tx, buyer.id, input.producerId, input.date);
    for (const line of expected) {
      const count = counted.get(line.offerId);
      const received = count?.received ?? line.quantity;
      const note = received < line.quantity ? (count?.note || null) : null;
      const old = before.find((r) => r.offerId === line.offerId);
      const data = { expected: line.quantity, received, note, recordedById: old?.recordedById ?? actor.userId, recordedAt: old?.recordedAt ?? now, ...(old ? { correctedById: actor.userId, correctedAt: now } : {}) };
      const receipt = old
        ? await tx.supplyReceipt.update({ where: { id: old.id }, data })
        : await tx.supplyReceipt.create({ data: { offerId: line.offerId, date: dbDate(input.date), tourId: null, ...data } });
      await recordAudit(tx, {
        actor, organisationId: buyer.id, action: old ? "correct" : "receive", entity: "SupplyReceipt", entityId: receipt.id,
        changes: old ? { received: { from: old.received, to: received }, note: { from: old.note, to: note } } : { expected: line.quantity, received, note },
      });
      const changed = await recordShortfall(tx, { offerId: line.offerId, passages: receiptPassages(buyer.id, receipt), received });
      await newRoundVersions(tx, changed);
    }
  });
  return dropChecklist({ services, actor, date: input.date });
}
