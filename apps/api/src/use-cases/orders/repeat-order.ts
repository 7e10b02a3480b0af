/**
 * "Same as last time": a new order for a passage from the household's latest order, keeping
 * what is still offered on this passage's round and saying what was dropped and why.
 */
import type { OrderRepeatSchema, REPEAT_DROP_REASONS } from "@tournee/domain";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { closedBakeries } from "../catalogue/closed-bakeries.js";
import { isoDate } from "./household-rights.js";
import { orderChannel, orderingHouseholdAt } from "./ordering-household.js";
import { placedOrderView, saveOrderAs } from "./place-order.js";

type Reason = (typeof REPEAT_DROP_REASONS)[number];

export async function repeatOrder(ctx: { services: Services; actor: Actor; input: z.output<typeof OrderRepeatSchema> }) {
  const { services, actor, input } = ctx;
  const prisma = services.db.prisma;
  const { household, relation, passage } = await orderingHouseholdAt(services, actor, input.householdId, input.passageId);
  const previous = await prisma.order.findFirst({
    where: { householdId: household.id, organisationId: passage.organisationId, passageId: { not: passage.id }, status: { not: "cancelled" }, amapSubscriptionId: null },
    orderBy: [{ passage: { date: "desc" } }, { createdAt: "desc" }],
    include: { lines: { include: { offer: true, product: true }, orderBy: { product: { name: "asc" } } } },
  });
  if (!previous) throw notFound("previous order to repeat");
  const stock = await prisma.offerStock.findMany({ where: { templateId: passage.templateId, date: passage.date, offerId: { in: previous.lines.map((l) => l.offerId) } } });
  const onRound = new Set(stock.map((s) => s.offerId));
  const makers = [...new Set(previous.lines.filter((l) => l.product.compartment === "bread").map((l) => l.product.organisationId))];
  const closed = await closedBakeries(prisma, passage.organisationId, isoDate(passage.date), makers);
  const dropped: { productName: string; reason: Reason; quantity: number }[] = [];
  const kept = previous.lines.filter((l) => {
    const reason: Reason | null = !l.offer.active || !l.product.active ? "no_longer_offered" : !onRound.has(l.offerId) ? "not_on_this_round"
      : l.product.compartment === "bread" && closed.has(l.product.organisationId) ? "bakery_closed" : null;
    if (reason) dropped.push({ productName: l.product.name, reason, quantity: l.quantity });
    return reason === null;
  });
  if (!kept.length) {
    throw new ApiError("offer_unavailable", `nothing from the last order is offered on this passage: ${dropped.map((d) => `${d.productName} (${d.reason})`).join(", ")}`);
  }
  const saved = await saveOrderAs(ctx, relation, {
    services, actor, householdId: household.id, passageId: passage.id, onShortage: "reduce", channel: orderChannel(relation, input.channel, input.lateReason),
    late: { staff: relation === "staff", reason: input.lateReason },
    lines: kept.map((l) => ({ offerId: l.offerId, quantity: l.quantity })),
  });
  for (const a of saved.adjustments) {
    dropped.push({ productName: a.productName, reason: a.granted === 0 ? "out_of_stock" : "reduced_to_stock", quantity: a.requested - a.granted });
  }
  return { ...placedOrderView(ctx, saved, relation), repeatedFromOrderId: previous.id, dropped };
}
