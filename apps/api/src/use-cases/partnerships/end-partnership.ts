/**
 * Either side ends a partnership (or withdraws its proposal), saying why. Deliveries already
 * placed on the carrier's rounds stay on them; nothing new is carried.
 */
import type { Actor } from "../../auth/actor.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { findPartnership, PARTNERSHIP_INCLUDE, partnershipView, sideOf } from "./partnership-records.js";

export async function endPartnership({ services, actor, id, reason }: { services: Services; actor: Actor; id: string; reason: string }) {
  return services.db.prisma.$transaction(async (tx) => {
    const found = await findPartnership(tx, actor, id);
    const side = sideOf(actor, found);
    const { count } = await tx.partnership.updateMany({
      where: { id, status: { in: ["proposed", "active"] } },
      data: { status: "ended", endedAt: services.now(), endedBy: side, endReason: reason },
    });
    if (!count) throw new ApiError("conflict", `this partnership is already ${found.status}`);
    await recordAudit(tx, { actor, organisationId: side === "carrier" ? found.carrierId : found.partnerId, action: "end", entity: "Partnership", entityId: id, changes: { reason } });
    return partnershipView(actor, await tx.partnership.findUniqueOrThrow({ where: { id }, include: PARTNERSHIP_INCLUDE }));
  });
}
