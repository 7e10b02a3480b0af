/**
 * A coordinator's follow-up, appended to the change feed so every open live view updates.
 * `tourId` decides who else gets it: set, the round's driver pulls it too; null, it stays in
 * the coordinators' live view (the pull only follows a driver's own rounds).
 */
import type { Prisma } from "../../generated/prisma/client.js";

export async function recordFollowUp(
  tx: Prisma.TransactionClient,
  change: { organisationId: string; tourId: string | null; date: Date; kind: string; entityId: string; payload: Prisma.InputJsonObject; at: Date },
): Promise<void> {
  await tx.syncChange.create({ data: { ...change, mutationId: null } });
}
