/**
 * Asks the grocery's coordination to call about a household: today, when a relay's order goes
 * beyond what the household can order this month. One open request per household and passage,
 * however many times the relay tries.
 */
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";

export const CALL_REASON_BEYOND_LIMIT = "relay_order_beyond_limit";

export async function requestCall({ services, actor, householdId, passageId }: { services: Services; actor: Actor; householdId: string; passageId: string }): Promise<void> {
  await services.db.prisma.$transaction(async (tx) => {
    const household = await tx.household.findUniqueOrThrow({ where: { id: householdId }, select: { organisationId: true } });
    const open = await tx.callRequest.findFirst({ where: { householdId, passageId, reason: CALL_REASON_BEYOND_LIMIT, doneAt: null } });
    if (open) return;
    const created = await tx.callRequest.create({
      data: { organisationId: household.organisationId, householdId, passageId, reason: CALL_REASON_BEYOND_LIMIT, requestedById: actor.userId, createdAt: services.now() },
    });
    await recordAudit(tx, { actor, organisationId: household.organisationId, action: "request", entity: "CallRequest", entityId: created.id, changes: { reason: CALL_REASON_BEYOND_LIMIT, passageId } });
  });
}
