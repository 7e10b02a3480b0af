/** Applies a device's batch exactly once, in its order; binds an unknown device to the driver. */
import { applyBatch, type PushRequest, type PushResponse } from "@tournee/sync";
import type { Actor } from "../../auth/actor.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { applyMutation } from "./apply-mutation.js";
import { prismaApplyPort } from "./prisma-apply-port.js";

export async function pushMutations({ services, actor, request }: { services: Services; actor: Actor; request: PushRequest }): Promise<PushResponse> {
  const { prisma } = services.db;
  const receivedAt = services.now();
  await prisma.device.createMany({ data: [{ id: request.deviceId, userId: actor.userId, createdAt: receivedAt, lastSeenAt: receivedAt }], skipDuplicates: true });
  const device = await prisma.device.findUniqueOrThrow({ where: { id: request.deviceId } });
  if (device.userId !== actor.userId) {
    throw new ApiError("conflict", "this device id belongs to another person: sign out and in again so the app makes a new one");
  }
  const outcome = await applyBatch(request, prismaApplyPort(prisma, receivedAt), (tx, m) => applyMutation(tx, m, actor, receivedAt));
  for (const r of outcome.results) if (r.status === "deferred" && r.message?.includes("could not apply")) services.log.warn({ mutationId: r.id }, "sync mutation deferred after an error");
  return { results: outcome.results, lastSeq: outcome.lastSeq, serverTime: receivedAt.toISOString() };
}
