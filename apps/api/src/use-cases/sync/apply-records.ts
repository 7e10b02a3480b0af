/** Money, notes, wellbeing concerns and closing the round (see conflict-rules.ts). */
import { cashChange } from "@tournee/domain/pricing";
import type { Decision, MutationPayload } from "@tournee/sync";
import { findPassage } from "./apply-outcomes.js";
import { rejected, type MutationContext } from "./mutation-context.js";

export async function applyPayment(ctx: MutationContext, p: MutationPayload<"payment.taken">): Promise<Decision> {
  const passage = await findPassage(ctx, p.passageId);
  if (!passage.ok) return passage.decision;
  const order = await ctx.tx.order.findFirst({ where: { id: p.orderId, passageId: p.passageId, organisationId: ctx.round.organisationId }, include: { handover: true, household: true } });
  if (!order) return rejected("unknown_order", "this order is not on this stop: give the money and the receipt to the coordinator");
  let changeCents: number | null = null;
  if (p.method === "cash" && p.tenderedCents !== undefined) {
    const change = cashChange(p.amountCents, p.tenderedCents);
    if (!change.ok) return rejected("cash_short", `${change.missingCents} cents are missing from the cash tendered: record what was actually kept`);
    changeCents = change.changeCents;
  }
  if (order.handover?.outcome === "absent") {
    await ctx.conflict("payment_without_handover", "money was taken for an order marked absent; the payment is kept", { orderId: order.id, passageId: p.passageId });
  }
  const payment = await ctx.tx.payment.create({
    data: {
      householdId: order.householdId,
      orderId: order.id,
      passageId: p.passageId,
      method: p.method,
      amountCents: p.amountCents,
      tenderedCents: p.tenderedCents ?? null,
      collectedById: ctx.actor.userId,
      deviceTime: ctx.deviceTime,
      receivedAt: ctx.receivedAt,
      mutationId: ctx.mutation.id,
    },
  });
  ctx.change("payment.taken", payment.id, { passageId: p.passageId, orderId: order.id, householdName: order.household.name, method: p.method, amountCents: p.amountCents, changeCents });
  return ctx.applied();
}

export async function applyNote(ctx: MutationContext, p: MutationPayload<"note.added">): Promise<Decision> {
  const passage = await findPassage(ctx, p.passageId);
  if (!passage.ok) return passage.decision;
  if (p.householdId && !(await ctx.tx.household.count({ where: { id: p.householdId, organisationId: ctx.round.organisationId } }))) {
    return rejected("unknown_household", "this household is not served by this round's organisation");
  }
  const note = await ctx.tx.driverNote.create({
    data: { passageId: p.passageId, householdId: p.householdId ?? null, authorId: ctx.actor.userId, text: p.text, deviceTime: ctx.deviceTime, receivedAt: ctx.receivedAt, mutationId: ctx.mutation.id },
  });
  ctx.change("note.added", note.id, { passageId: p.passageId, text: p.text });
  return ctx.applied();
}

export async function applyWellbeing(ctx: MutationContext, p: MutationPayload<"wellbeing.flagged">): Promise<Decision> {
  const household = await ctx.tx.household.findFirst({ where: { id: p.householdId, organisationId: ctx.round.organisationId } });
  if (!household) return rejected("unknown_household", "this household is not served by this round's organisation: call the coordinator");
  const passage = await ctx.scope.passage(p.passageId, ctx.round.organisationId);
  const alert = await ctx.tx.wellbeingAlert.create({
    data: {
      organisationId: ctx.round.organisationId,
      householdId: household.id,
      passageId: passage?.id ?? null,
      raisedById: ctx.actor.userId,
      reason: p.reason,
      note: p.note ?? null,
      deviceTime: ctx.deviceTime,
      receivedAt: ctx.receivedAt,
      mutationId: ctx.mutation.id,
    },
  });
  ctx.change("wellbeing.flagged", alert.id, { passageId: p.passageId, householdName: household.name, reason: p.reason });
  return ctx.applied();
}

export async function applyClose(ctx: MutationContext): Promise<Decision> {
  if (ctx.round.status === "closed") return { status: "applied", code: "already_closed", message: "the round was already closed" };
  await ctx.updateRound({ status: "closed", closedAt: ctx.deviceTime, startedAt: ctx.round.startedAt ?? ctx.deviceTime });
  ctx.change("tour.closed", ctx.round.id, { tourId: ctx.round.id });
  return ctx.applied();
}
