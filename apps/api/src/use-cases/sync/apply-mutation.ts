/** Decides one mutation inside its transaction: checks its payload and round, then applies it. */
import { isMutationKind, MUTATION_PAYLOADS, type Decision, type Mutation, type MutationKind, type MutationPayload } from "@tournee/sync";
import type { Actor } from "../../auth/actor.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { unstorableTextAt } from "../../http/validate.js";
import { applyAbsent, applyArrived, applyHandedOver } from "./apply-outcomes.js";
import { applyFarmReceipt } from "./apply-receipt.js";
import { applyClose, applyNote, applyPayment, applyWellbeing } from "./apply-records.js";
import { clockSuspect } from "./conflict-rules.js";
import { MutationContext, rejected } from "./mutation-context.js";
import type { PushScope } from "./push-scope.js";

type Handlers = { [K in MutationKind]: (ctx: MutationContext, payload: MutationPayload<K>) => Promise<Decision> };

const HANDLERS: Handlers = {
  "passage.arrived": applyArrived,
  "order.handed_over": applyHandedOver,
  "order.absent": applyAbsent,
  "payment.taken": applyPayment,
  "note.added": applyNote,
  "wellbeing.flagged": applyWellbeing,
  "tour.closed": applyClose,
  "farm.received": applyFarmReceipt,
};

/** Facts that stand whatever the round's state (conflict-rules.ts); money taken is not one of them, what a farm handed over is. */
const ALWAYS_KEPT = new Set<MutationKind>(["wellbeing.flagged", "tour.closed", "farm.received"]);

/**
 * No audit entry per mutation: the sync registry (AppliedMutation) is the audit of device
 * changes — device and so person, kind, device and server times, result, and the payload of
 * every rejection — and the rows it creates carry their mutation id.
 */
export async function applyMutation(tx: Prisma.TransactionClient, mutation: Mutation, actor: Actor, receivedAt: Date, scope: PushScope): Promise<Decision> {
  if (!isMutationKind(mutation.kind)) return rejected("unknown_kind", `'${mutation.kind.slice(0, 60)}' is not a kind of change this server knows: update the app`);
  const unstorable = unstorableTextAt(mutation.payload);
  if (unstorable) return rejected("invalid_payload", `${unstorable.path} ${unstorable.message}`);
  const parsed = MUTATION_PAYLOADS[mutation.kind].safeParse(mutation.payload);
  if (!parsed.success) return rejected("invalid_payload", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const payload = parsed.data as { tourId: string };
  const own = await scope.round(payload.tourId);
  const round = own ?? (await scope.handedOver(payload.tourId));
  if (!round) return rejected("not_your_round", "this round is not assigned to you any more: tell the coordinator what you did");
  if (round.status === "draft" || round.status === "planned") return rejected("round_not_published", "this round is not published: prepare it again");
  const flags = clockSuspect(new Date(mutation.deviceTime), receivedAt) ? { clockSuspect: true } : {};
  const ctx = new MutationContext(tx, mutation, actor, scope, round, receivedAt, flags);
  if (round.status === "closed" && !ALWAYS_KEPT.has(mutation.kind)) {
    await ctx.conflict("after_close", `a '${mutation.kind}' change arrived after the round was closed; its content is kept in the sync registry`);
    return rejected("round_closed", "the round was closed before this change arrived: the coordinator has it and will settle it");
  }
  const handler = HANDLERS[mutation.kind] as (ctx: MutationContext, payload: unknown) => Promise<Decision>;
  return own ? handler(ctx, parsed.data) : fromFormerDriver(ctx, parsed.data as { passageId?: string; orderId?: string }, handler);
}

/**
 * A change from the phone of the driver a coordinator took the round from (a sick day), recorded
 * there before the phone learnt it: what a person did there is a fact (an arrival, a handover, a
 * payment, a note), so it is applied as on the driver's own round, and the coordinators get it as
 * a `round_handed_over` conflict to check with both drivers, applied or not. Two exceptions: a
 * close is not applied, as the round goes on with its new driver, and the money taken stays out of
 * what the new driver hands in (round-takings.ts counts what the round's driver collected).
 */
async function fromFormerDriver(ctx: MutationContext, payload: { passageId?: string; orderId?: string }, handler: (ctx: MutationContext, payload: unknown) => Promise<Decision>): Promise<Decision> {
  const decision = ctx.mutation.kind === "tour.closed"
    ? rejected("round_handed_over", "the coordinator gave this round to another driver, who goes on with it: it is not closed; the coordinator has your close and settles the cash with you")
    : await handler(ctx, payload);
  const passage = payload.passageId ? await ctx.scope.passage(payload.passageId, ctx.round.organisationId) : null;
  const order = passage && payload.orderId ? await ctx.tx.order.findFirst({ where: { id: payload.orderId, passageId: passage.id }, select: { id: true } }) : null;
  const outcome = decision.status === "applied" ? "applied" : `refused (${decision.code})`;
  await ctx.conflict("round_handed_over", `a '${ctx.mutation.kind}' change recorded at ${ctx.mutation.deviceTime} on the phone of the driver the round was taken from, received after the handover: ${outcome}`, {
    ...(passage ? { passageId: passage.id } : {}), ...(order ? { orderId: order.id } : {}),
  });
  return decision.status === "applied" ? ctx.applied() : decision;
}
