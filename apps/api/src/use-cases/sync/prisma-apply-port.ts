/** The idempotency registry (Device + AppliedMutation) as the sync package's ApplyPort. */
import type { ApplyPort, MutationResult } from "@tournee/sync";
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";

const TX_OPTIONS = { timeout: 20_000, maxWait: 20_000 };

export function prismaApplyPort(prisma: PrismaClient, receivedAt: Date): ApplyPort<Prisma.TransactionClient> {
  return {
    async recorded(id) {
      const row = await prisma.appliedMutation.findUnique({ where: { id } });
      if (!row) return null;
      const detail = (row.resultDetail ?? {}) as { message?: string };
      const result: MutationResult = { id: row.id, seq: row.deviceSeq, status: row.result };
      if (row.resultCode) result.code = row.resultCode;
      if (detail.message) result.message = detail.message;
      return result;
    },
    async lastSeq(deviceId) {
      return (await prisma.device.findUnique({ where: { id: deviceId } }))?.lastSeq ?? 0;
    },
    transaction: (work) => prisma.$transaction(work, TX_OPTIONS),
    async record(tx, m, decision) {
      const moved = await tx.device.updateMany({ where: { id: m.deviceId, lastSeq: m.seq - 1 }, data: { lastSeq: m.seq, lastSeenAt: receivedAt } });
      if (moved.count !== 1) return false;
      const detail: Prisma.InputJsonObject = decision.status === "rejected" ? { message: decision.message, payload: m.payload as Prisma.InputJsonObject } : decision.message ? { message: decision.message } : {};
      await tx.appliedMutation.create({
        data: { id: m.id, deviceId: m.deviceId, deviceSeq: m.seq, kind: m.kind, deviceTime: new Date(m.deviceTime), receivedAt, result: decision.status, resultCode: decision.code ?? null, resultDetail: detail },
      });
      return true;
    },
  };
}
