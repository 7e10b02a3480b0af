/** Applies a device's batch exactly once, in its order; binds an unknown device to the driver. */
import { applyBatch, SERVER_ERROR, type BatchOutcome, type PushRequest, type PushResponse } from "@tournee/sync";
import type { Actor } from "../../auth/actor.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { applyMutation } from "./apply-mutation.js";
import { BatchInterrupted, openBatchApplyPort } from "./batch-apply-port.js";
import { PushScope } from "./push-scope.js";
import { prismaApplyPort } from "./prisma-apply-port.js";
import { reportServerError } from "./report-server-error.js";

/** A batch holds its device's row while it runs; 100 mutations take well under a second. */
const BATCH_TRANSACTION = { timeout: 30_000, maxWait: 20_000 };

export async function pushMutations({ services, actor, request }: { services: Services; actor: Actor; request: PushRequest }): Promise<PushResponse> {
  const { prisma } = services.db;
  const receivedAt = services.now();
  await prisma.device.createMany({ data: [{ id: request.deviceId, userId: actor.userId, createdAt: receivedAt, lastSeenAt: receivedAt }], skipDuplicates: true });
  const device = await prisma.device.findUniqueOrThrow({ where: { id: request.deviceId } });
  if (device.userId !== actor.userId) {
    throw new ApiError("conflict", "this device id belongs to another person: sign out and in again so the app makes a new one");
  }
  let outcome: BatchOutcome;
  try {
    outcome = await prisma.$transaction(async (tx) => {
      const port = await openBatchApplyPort(tx, request, receivedAt);
      const scope = new PushScope(tx, actor.userId);
      const settled = await applyBatch(request, port, (batchTx, m) => applyMutation(batchTx, m, actor, receivedAt, scope));
      await scope.flush();
      await port.flush();
      return settled;
    }, BATCH_TRANSACTION);
  } catch (error) {
    if (!(error instanceof BatchInterrupted)) throw error;
    outcome = await applyBatch(
      request,
      prismaApplyPort(prisma, receivedAt),
      async (tx, m) => {
        const scope = new PushScope(tx, actor.userId);
        const decision = await applyMutation(tx, m, actor, receivedAt, scope);
        await scope.flush();
        return decision;
      },
      { gaveUp: (tx, m, decision) => reportServerError(tx, m, decision, actor, receivedAt) },
    );
  }
  for (const r of outcome.results) {
    if (r.status === "deferred" && r.message?.includes("could not apply")) services.log.warn({ mutationId: r.id }, "sync mutation deferred after an error");
    if (r.code === SERVER_ERROR) services.log.error({ mutationId: r.id }, "sync mutation settled as server_error after repeated failures");
  }
  return { results: outcome.results, lastSeq: outcome.lastSeq, serverTime: receivedAt.toISOString() };
}
