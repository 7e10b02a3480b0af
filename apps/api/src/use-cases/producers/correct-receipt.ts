/**
 * A coordinator corrects a miscount at the farm: what really came replaces the count, the audit log
 * keeps what it replaced, the households' shortfalls are shared out again (`recordShortfall`) and the
 * statement, which reads the receipts, follows. Orders already handed over keep what the driver
 * recorded. Only the buying grocery's coordinators; another's receipt answers 404.
 */
import type { FarmReceipts, ReceiptCorrection } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { coordinatedOrganisation, isoDate } from "../planning/coordinated-organisation.js";
import { recordAudit } from "../record-audit.js";
import { farmReceipts } from "./farm-receipts.js";
import { newRoundVersions, receiptPassages, recordShortfall } from "./record-shortfall.js";

export async function correctReceipt({ services, actor, id, input }: { services: Services; actor: Actor; id: string; input: ReceiptCorrection }): Promise<FarmReceipts> {
  const buyer = await coordinatedOrganisation(services, actor, undefined);
  const db = services.db.prisma;
  const receipt = await db.supplyReceipt.findFirst({ where: { id, offer: { organisationId: buyer.id } }, include: { offer: { select: { product: { select: { organisationId: true } } } } } });
  if (!receipt) throw notFound("receipt");
  const note = input.received < receipt.expected ? (input.note === undefined ? receipt.note : input.note || null) : null;
  await db.$transaction(async (tx) => {
    await tx.supplyReceipt.update({ where: { id }, data: { received: input.received, note, correctedById: actor.userId, correctedAt: services.now(), recordedAt: receipt.recordedAt } });
    await recordAudit(tx, {
      actor, organisationId: buyer.id, action: "correct", entity: "SupplyReceipt", entityId: id,
      changes: { received: { from: receipt.received, to: input.received }, note: { from: receipt.note, to: note } },
    });
    const changed = await recordShortfall(tx, { offerId: receipt.offerId, passages: receiptPassages(buyer.id, receipt), received: input.received });
    await newRoundVersions(tx, changed);
  });
  return farmReceipts({ services, actor, query: { month: isoDate(receipt.date).slice(0, 7), producerId: receipt.offer.product.organisationId } });
}
