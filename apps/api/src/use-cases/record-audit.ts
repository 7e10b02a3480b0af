import type { Actor } from "../auth/actor.js";
import type { Prisma } from "../generated/prisma/client.js";

/** Writes who changed what, inside the caller's transaction. */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  entry: { actor: Actor | undefined; organisationId: string | null; action: string; entity: string; entityId: string; changes?: Prisma.InputJsonValue; requestId?: string },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: entry.actor?.userId ?? null,
      organisationId: entry.organisationId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      ...(entry.changes === undefined ? {} : { changes: entry.changes }),
      requestId: entry.requestId ?? null,
    },
  });
}
