/**
 * A coordinator settles a sync conflict by saying what they did ("stock corrected"). Once only:
 * a second resolution answers `conflict_resolved` with who settled it. The round's driver pulls
 * `conflict.resolved` (the rule and the ids, not the text, which may name people).
 */
import type { SyncConflictView } from "@tournee/domain";
import { localDateOf } from "@tournee/domain/calendar";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { dbDate } from "../../db/db-date.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { conflictViews } from "./alert-views.js";
import { recordFollowUp } from "./follow-up-change.js";

export async function resolveConflict({ services, actor, conflictId, resolution }: { services: Services; actor: Actor; conflictId: string; resolution: string }): Promise<SyncConflictView> {
  const { prisma } = services.db;
  const now = services.now();
  const conflict = await prisma.$transaction(async (tx) => {
    const found = await tx.syncConflict.findFirst({ where: { id: conflictId, organisationId: coordinatedOrganisations(actor) } });
    if (!found) throw notFound("sync conflict");
    const { count } = await tx.syncConflict.updateMany({ where: { id: found.id, resolvedAt: null }, data: { resolvedAt: now, resolvedById: actor.userId, resolution } });
    if (count === 0) {
      const done = await tx.syncConflict.findUniqueOrThrow({ where: { id: found.id } });
      const by = done.resolvedById ? (await tx.user.findUnique({ where: { id: done.resolvedById }, select: { displayName: true } }))?.displayName : undefined;
      throw new ApiError("conflict_resolved", `this conflict was already resolved at ${done.resolvedAt?.toISOString()} by ${by ?? "someone"} ("${done.resolution}"): reload the list`);
    }
    await recordAudit(tx, { actor, organisationId: found.organisationId, action: "resolve", entity: "SyncConflict", entityId: found.id, changes: { rule: found.rule, resolution } });
    const tour = found.tourId ? await tx.tour.findUnique({ where: { id: found.tourId }, select: { id: true, date: true } }) : null;
    await recordFollowUp(tx, {
      organisationId: found.organisationId,
      tourId: tour?.id ?? null,
      date: tour?.date ?? dbDate(localDateOf(found.createdAt)),
      kind: "conflict.resolved",
      entityId: found.id,
      payload: { conflictId: found.id, rule: found.rule, passageId: found.passageId, orderId: found.orderId },
      at: now,
    });
    return tx.syncConflict.findUniqueOrThrow({ where: { id: found.id } });
  });
  const [view] = await conflictViews(prisma, [conflict]);
  return view!;
}
