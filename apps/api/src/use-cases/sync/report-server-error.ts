/**
 * A change the server failed on again and again is settled `server_error` (apply-batch.ts) so
 * the changes behind it go through; its content stays in the registry, and when it names one of
 * the driver's rounds, or a round a coordinator handed from this driver to another since (as
 * apply-mutation.ts accepts it), the coordinators see it as a `server_error` conflict to settle by hand.
 */
import type { Decision, Mutation } from "@tournee/sync";
import { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { MutationContext } from "./mutation-context.js";
import { PushScope } from "./push-scope.js";

const Ids = z.object({ tourId: z.uuid(), passageId: z.uuid().optional(), orderId: z.uuid().optional() });

export async function reportServerError(tx: Prisma.TransactionClient, mutation: Mutation, decision: Decision, actor: Actor, receivedAt: Date): Promise<void> {
  const ids = Ids.safeParse(mutation.payload);
  if (!ids.success) return;
  const scope = new PushScope(tx, actor.userId);
  const own = await scope.round(ids.data.tourId);
  const round = own ?? (await scope.handedOver(ids.data.tourId));
  if (!round) return;
  const passage = ids.data.passageId ? await scope.passage(ids.data.passageId, round.organisationId) : null;
  const order = passage && ids.data.orderId ? await tx.order.findFirst({ where: { id: ids.data.orderId, passageId: passage.id }, select: { id: true } }) : null;
  const on = { ...(passage ? { passageId: passage.id } : {}), ...(order ? { orderId: order.id } : {}) };
  const ctx = new MutationContext(tx, mutation, actor, scope, round, receivedAt, {});
  const from = own ? "" : " from the phone of the driver the round was handed over from";
  await ctx.conflict("server_error", `a '${mutation.kind}' change${from} failed on the server every time it was sent (${decision.message}); its content is kept in the sync registry`, on);
  await scope.flush();
}
