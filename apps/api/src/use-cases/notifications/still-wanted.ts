/**
 * A planned message is checked again when it is due: is it still true and still wanted?
 * Consent withdrawn, an order placed (no reminder then) or cancelled (no time then), an AMAP
 * basket skipped (no reminder of its deadline then), a
 * passage cancelled or already reached: it is cancelled with the reason, never sent. Its words,
 * time and address were brought up to date by the planner's pass just before (drafts.ts).
 * Reasons are codes the web translates (messages.reasons).
 */
import type { ChannelKind } from "@tournee/notify/channels";
import type { MessageKind } from "@tournee/notify/templates";
import type { Notification, Prisma } from "../../generated/prisma/client.js";
import { CHANNEL_PURPOSE } from "./consents.js";
import { ACTIVE_ORDER } from "./plan-passage-messages.js";

export type Verdict = { send: true } | { send: false; reason: string };

export async function stillWanted(db: Prisma.TransactionClient, n: Notification, now: Date): Promise<Verdict> {
  const channel = n.channel as ChannelKind;
  if (n.userId) {
    const opted = await db.messageOptOut.findUnique({ where: { userId_channel: { userId: n.userId, channel } } });
    return opted ? { send: false, reason: "opted_out" } : { send: true };
  }
  const householdId = n.householdId!;
  const consent = await db.consent.count({ where: { householdId, purpose: CHANNEL_PURPOSE[channel], withdrawnAt: null } });
  if (!consent) return { send: false, reason: "no_consent" };
  if (!n.passageId) return { send: true };
  const p = await db.passage.findUniqueOrThrow({ where: { id: n.passageId }, select: { id: true, status: true, arrivedAt: true, cutoffAt: true } });
  if (p.status !== "scheduled") return { send: false, reason: "passage_cancelled" };
  if (p.arrivedAt) return { send: false, reason: "truck_came" };
  const kind = n.kind as MessageKind;
  const orders = await db.order.findMany({ where: { passageId: p.id, householdId, ...ACTIVE_ORDER }, select: { amapSubscriptionId: true } });
  const order = orders.length;
  if (kind === "basket_reminder") {
    if (p.cutoffAt <= now) return { send: false, reason: "orders_closed" };
    return orders.some((o) => o.amapSubscriptionId) ? { send: true } : { send: false, reason: "basket_skipped" };
  }
  // A basket is not the household's shopping: only an order of its own cancels the reminder to order.
  if (kind === "cutoff_reminder" && orders.some((o) => !o.amapSubscriptionId)) return { send: false, reason: "ordered_meanwhile" };
  if (kind === "cutoff_reminder" && p.cutoffAt <= now) return { send: false, reason: "orders_closed" };
  if (kind !== "cutoff_reminder" && !order) return { send: false, reason: "order_cancelled" };
  return { send: true };
}
