/** Money, notes, wellbeing concerns and closing the round (see conflict-rules.ts). */
import { localDateOf } from "@tournee/domain/calendar";
import { cashChange } from "@tournee/domain/pricing";
import { amountDue, type Decision, type MutationPayload } from "@tournee/sync";
import { euros } from "../orders/order-view.js";
import { isoDate } from "../planning/coordinated-organisation.js";
import { findPassage, notYourRound, placePassage } from "./apply-outcomes.js";
import { rejected, type MutationContext } from "./mutation-context.js";

export async function applyPayment(ctx: MutationContext, p: MutationPayload<"payment.taken">): Promise<Decision> {
  const passage = await findPassage(ctx, p.passageId);
  if (!passage.ok) return passage.decision;
  // The order's row is held until the push commits: two phones paying the same order settle one after the other.
  const [locked] = await ctx.tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM "Order" WHERE id = ${p.orderId}::uuid AND "passageId" = ${p.passageId}::uuid FOR UPDATE`;
  if (!locked) return rejected("unknown_order", "this order is not on this stop: give the money and the receipt to the coordinator");
  const order = await ctx.tx.order.findUniqueOrThrow({ where: { id: p.orderId }, include: { handover: true, household: true, lines: true, payments: { select: { amountCents: true, heldCents: true } } } });
  let changeCents: number | null = null;
  if (p.method === "cash" && p.tenderedCents !== undefined) {
    const change = cashChange(p.amountCents, p.tenderedCents);
    if (!change.ok) return rejected("cash_short", `${change.missingCents} cents are missing from the cash tendered: record what was actually kept`);
    changeCents = change.changeCents;
  }
  let heldCents = 0;
  if (order.handover?.outcome === "absent") {
    await ctx.conflict("payment_without_handover", "money was taken for an order marked absent; the payment is kept", { orderId: order.id, passageId: p.passageId });
  } else {
    const left = stillDue(order);
    heldCents = Math.min(p.amountCents, Math.max(0, p.amountCents - left));
    if (heldCents > 0) {
      await ctx.conflict("overpayment", `${euros(p.amountCents)} taken (${p.method}) when ${euros(left)} was still due: ${euros(heldCents)} is held out of the money to hand in until a coordinator settles it`, { orderId: order.id, passageId: p.passageId });
    }
  }
  const payment = await ctx.tx.payment.create({
    data: {
      householdId: order.householdId,
      orderId: order.id,
      passageId: p.passageId,
      tourId: ctx.round.id,
      method: p.method,
      amountCents: p.amountCents,
      heldCents,
      tenderedCents: p.tenderedCents ?? null,
      collectedById: ctx.actor.userId,
      deviceTime: ctx.deviceTime,
      receivedAt: ctx.receivedAt,
      mutationId: ctx.mutation.id,
    },
  });
  ctx.change("payment.taken", payment.id, { passageId: p.passageId, orderId: order.id, householdName: order.household.name, method: p.method, amountCents: p.amountCents, heldCents, changeCents });
  return ctx.applied();
}

/** What the order still owes: its handed-over lines (all of them until handover; none if cancelled and not handed over), less what was paid and counted. */
function stillDue(order: { status: string; handover: unknown; lines: { unitPriceCents: number; quantity: number; deliveredQuantity: number | null }[]; payments: { amountCents: number; heldCents: number }[] }): number {
  const due = order.status === "cancelled" && !order.handover ? 0 : amountDue(order.lines.map((l) => ({ unitPriceCents: l.unitPriceCents, quantity: l.quantity, delivered: l.deliveredQuantity })));
  const paid = order.payments.reduce((sum, pay) => sum + pay.amountCents - pay.heldCents, 0);
  return Math.max(0, due - paid);
}

export async function applyNote(ctx: MutationContext, p: MutationPayload<"note.added">): Promise<Decision> {
  const passage = await findPassage(ctx, p.passageId);
  if (!passage.ok) return passage.decision;
  if (p.householdId && !(await ctx.tx.household.count({ where: { id: p.householdId, ...servedOnRound(ctx, p.passageId) } }))) {
    return rejected("unknown_household", "this household is not served by this round's organisation");
  }
  const note = await ctx.tx.driverNote.create({
    data: { passageId: p.passageId, householdId: p.householdId ?? null, authorId: ctx.actor.userId, text: p.text, deviceTime: ctx.deviceTime, receivedAt: ctx.receivedAt, mutationId: ctx.mutation.id },
  });
  ctx.change("note.added", note.id, { passageId: p.passageId, text: p.text });
  return ctx.applied();
}

export async function applyWellbeing(ctx: MutationContext, p: MutationPayload<"wellbeing.flagged">): Promise<Decision> {
  // A concern is kept even when its stop has gone or moved (a person at risk is a fact), but
  // never about a stop that was not on this driver's round.
  const placed = await placePassage(ctx, p.passageId);
  if (placed === "never") return notYourRound();
  const household = await ctx.tx.household.findFirst({ where: { id: p.householdId, ...servedOnRound(ctx, p.passageId) } });
  if (!household) return rejected("unknown_household", "this household is not served by this round's organisation: call the coordinator");
  const alert = await ctx.tx.wellbeingAlert.create({
    data: {
      // A partner's household: the concern goes to the partner's coordinators, whose household it is.
      organisationId: household.organisationId,
      householdId: household.id,
      passageId: placed === "unknown" ? null : placed.passage.id,
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
  // Closing wipes the round from the phone: one sent before the round's day is a slip, not the end of a round.
  const day = isoDate(ctx.round.date);
  if (localDateOf(ctx.receivedAt) < day) return rejected("round_not_started", `this round is on ${day}: close it on that day, once its stops are done`);
  await ctx.updateRound({ status: "closed", closedAt: ctx.deviceTime, startedAt: ctx.round.startedAt ?? ctx.deviceTime });
  ctx.change("tour.closed", ctx.round.id, { tourId: ctx.round.id });
  return ctx.applied();
}

/** Households a driver may speak of at a stop: the round's organisation's, or a partner's with an order carried on that stop. */
function servedOnRound(ctx: MutationContext, passageId: string) {
  return { OR: [{ organisationId: ctx.round.organisationId }, { orders: { some: { passageId, passage: { tourId: ctx.round.id } } } }] };
}
