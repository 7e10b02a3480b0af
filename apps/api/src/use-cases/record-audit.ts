import type { Actor } from "../auth/actor.js";
import { Prisma } from "../generated/prisma/client.js";

interface AuditInput {
  actor: Actor | undefined;
  organisationId: string | null;
  action: string;
  entity: string;
  entityId: string;
  changes?: Prisma.InputJsonValue;
  requestId?: string;
}

/** Writes who changed what, inside the caller's transaction. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditInput): Promise<void> {
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

/** The same entry as an INSERT, to run as a data-modifying `WITH` part of a statement of the caller's: one round trip for a change and its entry. */
export function auditInsert(entry: AuditInput): Prisma.Sql {
  const changes = entry.changes === undefined ? null : JSON.stringify(entry.changes);
  return Prisma.sql`INSERT INTO "AuditEntry" ("actorId", "organisationId", action, entity, "entityId", changes, "requestId")
    VALUES (${entry.actor?.userId ?? null}::uuid, ${entry.organisationId}::uuid, ${entry.action}, ${entry.entity}, ${entry.entityId}, ${changes}::jsonb, ${entry.requestId ?? null})`;
}
