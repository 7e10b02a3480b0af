/** Arrivals and what happened to each order at a stop (see conflict-rules.ts). */
import { amountDue, type Decision, type MutationPayload } from "@tournee/sync";
import type { Passage } from "../../generated/prisma/client.js";
import { rejected, type MutationContext } from "./mutation-context.js";

type Found<T> = { ok: true; value: T } | { ok: false; decision: Decision };

/**
 * Where a change's passage stands against the change's round: on it, moved off it while its
 * driver could see it (PassageMove), never on it, or unknown to the round's organisation.
 */
export async function placePassage(ctx: MutationContext, passageId: string): Promise<{ passage: Passage; moved: boolean } | "never" | "unknown"> {
  const passage = await ctx.scope.passage(passageId, ctx.round.organisationId);
  if (!passage) return "unknown";
  if (passage.tourId === ctx.round.id) return { passage, moved: false };
  return (await ctx.scope.leftRound(passage.id, ctx.round.id)) ? { passage, moved: true } : "never";
}

/**
 * The passage of a change, if it is on the change's round or left it while its driver could see
 * it (then rule passage_moved). A passage that never was on this driver's round is refused
 * `not_your_round` before anything is written: a driver acts only on their own rounds.
 */
export async function findPassage(ctx: MutationContext, passageId: string): Promise<Found<Passage>> {
  const placed = await placePassage(ctx, passageId);
  if (placed === "unknown") return { ok: false, decision: rejected("unknown_passage", "this stop is not part of the round any more: tell the coordinator what happened there") };
  if (placed === "never") return { ok: false, decision: notYourRound() };
  if (placed.moved) await ctx.conflict("passage_moved", "the coordinator moved this stop to another round while the driver was offline; the driver's outcome is kept", { passageId });
  return { ok: true, value: placed.passage };
}

export function notYourRound(): Decision {
  return rejected("not_your_round", "this stop was never on this round: nothing was recorded; tell the coordinator what you did");
}

async function markVisited(ctx: MutationContext, passage: Passage): Promise<void> {
  if (passage.outcome !== "visited" || !passage.arrivedAt) {
    await ctx.scope.updatePassage(passage.id, { outcome: "visited", arrivedAt: passage.arrivedAt ?? ctx.deviceTime });
  }
  if (ctx.round.status === "published") {
    await ctx.updateRound({ status: "in_progress", startedAt: ctx.round.startedAt ?? ctx.deviceTime });
  }
}

export async function applyArrived(ctx: MutationContext, p: MutationPayload<"passage.arrived">): Promise<Decision> {
  const passage = await findPassage(ctx, p.passageId);
  if (!passage.ok) return passage.decision;
  await markVisited(ctx, passage.value);
  ctx.change("passage.arrived", p.passageId, { passageId: p.passageId });
  return ctx.applied();
}

/** The order on the change's passage: the round's own, or a partner's it carries (the passage is already known to be the round's). */
async function findOrder(ctx: MutationContext, p: { passageId: string; orderId: string }) {
  const order = await ctx.tx.order.findFirst({ where: { id: p.orderId, passageId: p.passageId }, include: { lines: true, handover: true, household: true } });
  if (!order) return { ok: false as const, decision: rejected("unknown_order", "this order is not on this stop: tell the coordinator what was handed over") };
  if (order.handover) {
    await ctx.conflict("competing_outcomes", `the order already has the outcome '${order.handover.outcome}'; this later one was not applied`, { orderId: order.id, passageId: p.passageId });
    return { ok: false as const, decision: rejected("already_handed_over", `this order already has the outcome '${order.handover.outcome}': the coordinator will settle it`) };
  }
  return { ok: true as const, value: order };
}

export async function applyHandedOver(ctx: MutationContext, p: MutationPayload<"order.handed_over">): Promise<Decision> {
  const passage = await findPassage(ctx, p.passageId);
  if (!passage.ok) return passage.decision;
  const found = await findOrder(ctx, p);
  if (!found.ok) return found.decision;
  const order = found.value;
  const given = new Map(p.lines.map((l) => [l.lineId, l.delivered]));
  for (const lineId of given.keys()) if (!order.lines.some((l) => l.id === lineId)) return rejected("invalid_payload", `line ${lineId} is not a line of this order`);
  // A line the phone leaves out is handed over in full, less what the producer did not deliver.
  const lines = order.lines.map((l) => ({ ...l, delivered: given.get(l.id) ?? l.quantity - Math.min(l.shortQuantity, l.quantity) }));
  const over = lines.find((l) => l.delivered > l.quantity);
  if (over) return rejected("invalid_payload", `line ${over.id}: ${over.delivered} handed over but only ${over.quantity} ordered`);
  const complete = lines.every((l) => l.delivered === l.quantity);
  if (order.status === "cancelled") {
    await ctx.conflict("delivered_after_cancel", "the order was cancelled on the server but handed over by the driver; it stays handed over", { orderId: order.id, passageId: p.passageId });
  }
  for (const line of lines) await ctx.tx.orderLine.update({ where: { id: line.id }, data: { deliveredQuantity: line.delivered } });
  await ctx.tx.order.update({ where: { id: order.id }, data: { status: complete ? "delivered" : "partially_delivered", version: { increment: 1 } } });
  const outcome = complete ? "delivered" : "partial";
  const missing = lines.filter((l) => l.delivered < l.quantity).map((l) => ({ lineId: l.id, missing: l.quantity - l.delivered }));
  await ctx.tx.handover.create({ data: { orderId: order.id, driverId: ctx.actor.userId, outcome, deviceTime: ctx.deviceTime, receivedAt: ctx.receivedAt, mutationId: ctx.mutation.id, note: missing.length ? `${missing.length} line(s) short` : null } });
  await markVisited(ctx, passage.value);
  ctx.change("order.handed_over", order.id, { passageId: p.passageId, orderId: order.id, householdName: order.household.name, outcome, dueCents: amountDue(lines), missing });
  return ctx.applied();
}

export async function applyAbsent(ctx: MutationContext, p: MutationPayload<"order.absent">): Promise<Decision> {
  const passage = await findPassage(ctx, p.passageId);
  if (!passage.ok) return passage.decision;
  const found = await findOrder(ctx, p);
  if (!found.ok) return found.decision;
  const order = found.value;
  if (order.status !== "cancelled") await ctx.tx.order.update({ where: { id: order.id }, data: { status: "not_collected", version: { increment: 1 } } });
  await ctx.tx.handover.create({ data: { orderId: order.id, driverId: ctx.actor.userId, outcome: "absent", deviceTime: ctx.deviceTime, receivedAt: ctx.receivedAt, mutationId: ctx.mutation.id } });
  await markVisited(ctx, passage.value);
  ctx.change("order.absent", order.id, { passageId: p.passageId, orderId: order.id, householdName: order.household.name, outcome: "absent" });
  return ctx.applied();
}
