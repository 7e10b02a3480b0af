/** Appends to the change feed, inside the transaction that made the change. */
import type { Prisma } from "../../generated/prisma/client.js";

export interface ChangeRound {
  id: string;
  organisationId: string;
  date: Date;
}

export async function recordChange(
  tx: Prisma.TransactionClient,
  round: ChangeRound,
  change: { kind: string; entityId: string; mutationId: string | null; payload: Prisma.InputJsonObject; at: Date },
): Promise<void> {
  await tx.syncChange.create({
    data: { organisationId: round.organisationId, tourId: round.id, date: round.date, kind: change.kind, entityId: change.entityId, mutationId: change.mutationId, payload: change.payload, at: change.at },
  });
}
