/**
 * A planned message is checked again when it is due: is it still true and still wanted?
 * Consent withdrawn, an order placed (no reminder then) or cancelled (no time then), a
 * passage cancelled or already reached: it is cancelled with the reason, never sent.
 * When it is still wanted, its text is written again with today's facts (the time may have moved).
 */
import type { ChannelKind } from "@tournee/notify/channels";
import type { MessageKind, RenderedMessage } from "@tournee/notify/templates";
import type { Notification, Prisma } from "../../generated/prisma/client.js";
import type { TextSource } from "./message-text.js";
import { PASSAGE_FACTS_SELECT, publishedTime } from "./passage-facts.js";
import { ACTIVE_ORDER, passageMessageText } from "./plan-passage-messages.js";
import { householdAddresses, localeOf } from "./recipients.js";

export type Verdict = { send: true; text?: RenderedMessage; announcedTime?: Date | null } | { send: false; reason: string };

const REWRITTEN = new Set<MessageKind>(["cutoff_reminder", "day_before"]);

export async function stillWanted(db: Prisma.TransactionClient, text: TextSource, n: Notification, now: Date): Promise<Verdict> {
  if (n.userId) {
    const opted = await db.messageOptOut.findUnique({ where: { userId_channel: { userId: n.userId, channel: n.channel } } });
    return opted ? { send: false, reason: "the person asked not to receive these messages" } : { send: true };
  }
  const householdId = n.householdId!;
  const addresses = (await householdAddresses(db, [householdId])).get(householdId) ?? [];
  if (!addresses.some((a) => a.channel === (n.channel as ChannelKind) && a.address === n.address)) return { send: false, reason: "no consent for this channel and address any more" };
  if (!n.passageId) return { send: true };
  const p = await db.passage.findUniqueOrThrow({ where: { id: n.passageId }, select: PASSAGE_FACTS_SELECT });
  if (p.status !== "scheduled") return { send: false, reason: "the passage will not take place" };
  if (p.arrivedAt) return { send: false, reason: "the truck has already come" };
  const order = await db.order.findFirst({ where: { passageId: p.id, householdId, ...ACTIVE_ORDER }, select: { id: true } });
  const kind = n.kind as MessageKind;
  if (kind === "cutoff_reminder" && order) return { send: false, reason: "the household ordered meanwhile" };
  if (kind === "cutoff_reminder" && p.cutoffAt <= now) return { send: false, reason: "orders are closed" };
  if (kind !== "cutoff_reminder" && !order) return { send: false, reason: "the order was cancelled" };
  if (!REWRITTEN.has(kind)) return { send: true };
  return { send: true, text: await passageMessageText(text, kind, p, localeOf(n.locale)), announcedTime: kind === "day_before" ? publishedTime(p) : n.announcedTime };
}
