/**
 * The idempotency registry (Device + AppliedMutation) as the sync package's ApplyPort, one
 * transaction per mutation: the slow, exact path, for a push whose batch transaction was
 * interrupted by an unexpected error (batch-apply-port.ts). It counts each mutation's unexpected
 * failures (SyncFailure), so one that keeps failing is settled `server_error` (apply-batch.ts).
 */
import type { ApplyPort } from "@tournee/sync";
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import { storableText } from "../../http/validate.js";
import { registryRow, resultOf } from "./batch-apply-port.js";

const TX_OPTIONS = { timeout: 20_000, maxWait: 20_000 };

export function prismaApplyPort(prisma: PrismaClient, receivedAt: Date): ApplyPort<Prisma.TransactionClient> {
  return {
    async recorded(id) {
      const row = await prisma.appliedMutation.findUnique({ where: { id } });
      return row ? resultOf(row) : null;
    },
    async lastSeq(deviceId) {
      return (await prisma.device.findUnique({ where: { id: deviceId } }))?.lastSeq ?? 0;
    },
    transaction: (work) => prisma.$transaction(work, TX_OPTIONS),
    async record(tx, m, decision) {
      const moved = await tx.device.updateMany({ where: { id: m.deviceId, lastSeq: m.seq - 1 }, data: { lastSeq: m.seq, lastSeenAt: receivedAt } });
      if (moved.count !== 1) return false;
      await tx.appliedMutation.create({ data: registryRow(m, decision, receivedAt) });
      return true;
    },
    async countFailure(m, error) {
      const lastError = storableText(error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const row = await prisma.syncFailure.upsert({
        where: { mutationId: m.id },
        create: { mutationId: m.id, deviceId: m.deviceId, attempts: 1, lastError, firstFailedAt: receivedAt, lastFailedAt: receivedAt },
        update: { attempts: { increment: 1 }, lastError, lastFailedAt: receivedAt },
      });
      return row.attempts;
    },
  };
}
