/** Place, change and read back one household's order for a passage. */
import type { OrderCreateSchema, OrderPatchSchema } from "@tournee/domain";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { requestCall } from "../call-requests/request-call.js";
import { orderInclude, orderView } from "./order-view.js";
import { canOrderAt, isStaffOf, orderChannel, orderingRelation, relationTo, type OrderingRelation } from "./ordering-household.js";
import { readOrdering } from "./ordering-read.js";
import { saveOrder, type SaveOrder, type SavedOrder } from "./save-order.js";

interface Ctx {
  services: Services;
  actor: Actor;
}

export function placedOrderView({ services, actor }: Ctx, saved: SavedOrder, relation?: OrderingRelation) {
  const creditLeftCents = relation === "delegated" ? null : saved.creditLeftCents;
  return { ...orderView(saved.order, isStaffOf(actor, saved.order.organisationId), services.now()), creditLeftCents, adjustments: saved.adjustments };
}

/**
 * Saves an order as the person stands to the household. A relay never learns the household's
 * limits: a refusal over the monthly credit becomes `beyond_household_limit`, without amounts,
 * and the coordination is asked to call.
 */
export async function saveOrderAs(ctx: Ctx, relation: OrderingRelation | undefined, order: SaveOrder): Promise<SavedOrder> {
  if (relation !== "delegated") return saveOrder(order);
  try {
    return await saveOrder(order);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== "credit_cap_exceeded") throw error;
    await requestCall({ services: ctx.services, actor: ctx.actor, householdId: order.householdId, passageId: order.passageId });
    throw new ApiError("beyond_household_limit", "this order goes beyond what the household can order this month; the grocery's coordination has been told and will call");
  }
}

export async function placeOrder(ctx: Ctx & { input: z.output<typeof OrderCreateSchema> }) {
  const { services, actor, input } = ctx;
  // The household, the passage and the offers in one statement; the household is checked first, so
  // a person with no right to it learns nothing of the passage.
  const { household, passage, offers } = await readOrdering(services.db.sql, { householdId: input.householdId, passageId: input.passageId, offerIds: input.lines.map((l) => l.offerId) });
  const relation = orderingRelation(actor, household);
  if (!passage || !canOrderAt(household!, passage)) throw notFound("passage");
  const saved = await saveOrderAs(ctx, relation, {
    services, actor, householdId: input.householdId, passageId: passage.id, read: { passage, offers }, lines: input.lines, onShortage: input.onShortage,
    channel: orderChannel(relation, input.channel, input.lateReason), late: { staff: relation === "staff", reason: input.lateReason },
  });
  return placedOrderView(ctx, saved, relation);
}

/** Whether the person may act on the order: staff of its organisation, or its household's own account or relay. */
export function mayActOn(actor: Actor, order: { organisationId: string; householdId: string }): boolean {
  return isStaffOf(actor, order.organisationId) || actor.households.some((h) => h.id === order.householdId);
}

/** The order if the person may act on it. */
export async function actionableOrder({ services, actor }: Ctx, orderId: string) {
  const order = await services.db.prisma.order.findUnique({ where: { id: orderId } });
  if (!order || !mayActOn(actor, order)) throw notFound("order");
  return order;
}

export async function changeOrder(ctx: Ctx & { orderId: string; input: z.output<typeof OrderPatchSchema> }) {
  const { services, actor, input } = ctx;
  const order = await actionableOrder(ctx, ctx.orderId);
  const relation = relationTo(actor, { id: order.householdId, organisationId: order.organisationId });
  const staff = relation === "staff";
  const kept = order.channel === "driver" ? "paper" : order.channel;
  // Coordinators say how the change reached them; residents and relays keep their channel and may not say one.
  if (!staff) orderChannel(relation ?? "own", input.channel, input.lateReason);
  const channel = staff ? (input.channel ?? (kept === "paper" ? "paper" : "phone")) : kept;
  const saved = await saveOrderAs(ctx, relation, {
    services, actor, householdId: order.householdId, passageId: order.passageId, lines: input.lines, onShortage: input.onShortage,
    channel, late: { staff, reason: input.lateReason }, change: { orderId: order.id, version: input.version },
  });
  return placedOrderView(ctx, saved, relation);
}

export async function getOrder(ctx: Ctx & { orderId: string }) {
  await actionableOrder(ctx, ctx.orderId);
  const order = await ctx.services.db.prisma.order.findUniqueOrThrow({ where: { id: ctx.orderId }, include: orderInclude });
  return orderView(order, isStaffOf(ctx.actor, order.organisationId), ctx.services.now());
}
