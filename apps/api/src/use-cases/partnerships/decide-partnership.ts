/**
 * The side that did not propose accepts (the carrier's rounds carry from then on) or declines.
 * A proposal is decided once: a second decision answers `conflict`, saying how it went.
 */
import type { Actor } from "../../auth/actor.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { findPartnership, PARTNERSHIP_INCLUDE, partnershipView, sideOf } from "./partnership-records.js";

export async function decidePartnership({ services, actor, id, accept }: { services: Services; actor: Actor; id: string; accept: boolean }) {
  return services.db.prisma.$transaction(async (tx) => {
    const found = await findPartnership(tx, actor, id);
    const side = sideOf(actor, found);
    if (side === found.proposedBy) throw new ApiError("forbidden", "the other organisation decides on this proposal: you may withdraw it (end it)");
    const now = services.now();
    const { count } = await tx.partnership.updateMany({ where: { id, status: "proposed" }, data: { status: accept ? "active" : "declined", decidedAt: now } });
    if (!count) throw new ApiError("conflict", `this proposal is already ${found.status}`);
    const organisationId = side === "carrier" ? found.carrierId : found.partnerId;
    await recordAudit(tx, { actor, organisationId, action: accept ? "accept" : "decline", entity: "Partnership", entityId: id });
    return partnershipView(actor, await tx.partnership.findUniqueOrThrow({ where: { id }, include: PARTNERSHIP_INCLUDE }));
  });
}
