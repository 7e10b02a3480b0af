/**
 * The queue's worker: sends one message, once. It first takes the message (queued → sending
 * in one conditional update: a second worker, or the same job handed out twice, finds it taken
 * and does nothing), checks it is still wanted, then hands it to its channel. A temporary
 * failure puts it back in the queue later (1, 5, 15, 60 minutes); a permanent one, or the
 * fifth attempt, fails it with the reason.
 */
import { createHash, randomBytes } from "node:crypto";
import { DeliveryFailure, type ChannelKind, type OutgoingMessage } from "@tournee/notify/channels";
import { endOfQuiet, isQuiet, DEFAULT_QUIET_HOURS } from "@tournee/notify/schedule";
import { SMS_STOP_LINE, type MessageKind } from "@tournee/notify/templates";
import type { Services } from "../../services.js";
import { channelsOf } from "./channels.js";
import { workerTextSource } from "./message-text.js";
import { localeOf } from "./recipients.js";
import { changeStatus } from "./status-change.js";
import { stillWanted } from "./still-wanted.js";

/** The screen a push notification opens: the live screen for what a round raises, the driver's rounds for a new version. */
const PUSH_OPENS: Partial<Record<MessageKind, string>> = { wellbeing_alert: "/coordination/direct", round_late: "/coordination/direct", round_changed: "/tournee" };

export const RETRY_DELAYS_MINUTES = [1, 5, 15, 60];
export const MAX_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1;

export function publicUrl(services: Services): string {
  return (services.config.TOURNEE_PUBLIC_URL ?? `http://localhost:${services.config.PORT}`).replace(/\/$/, "");
}

export async function sendMessage(services: Services, id: string): Promise<void> {
  const db = services.db.prisma;
  const now = services.now();
  const [n] = await db.notification.updateManyAndReturn({ where: { id, status: "queued" }, data: { status: "sending", attempts: { increment: 1 } } });
  if (!n) return;
  await db.notificationEvent.create({ data: { notificationId: id, status: "sending", source: "worker" } });

  const text = workerTextSource(db);
  const verdict = await stillWanted(db, n, now);
  if (!verdict.send) return changeStatus(db, id, "cancelled", "worker", {}, verdict.reason);
  const contact = n.householdId ? await db.householdContact.findUnique({ where: { householdId: n.householdId } }) : null;
  const quiet = contact ? { startMinute: contact.quietStartMinute, endMinute: contact.quietEndMinute } : DEFAULT_QUIET_HOURS;
  if (!n.urgent && isQuiet(now, quiet)) {
    return changeStatus(db, id, "scheduled", "worker", { dueAt: endOfQuiet(now, quiet), attempts: { decrement: 1 } }, "quiet_hours");
  }
  const words = { subject: n.subject, body: n.body };
  const token = randomBytes(24).toString("base64url");
  const locale = localeOf(n.locale);
  const channel = channelsOf(services)[n.channel as ChannelKind];
  const message: OutgoingMessage = {
    id, subject: words.subject, senderName: await text.senderName(n.organisationId),
    to: n.channel === "push" ? await pushSubscriptionJson(services, n.address) : n.address,
    text: n.channel === "sms" ? `${words.body}\n${SMS_STOP_LINE[locale]}` : words.body,
    ...(n.channel === "email" && { unsubscribeUrl: `${publicUrl(services)}/desinscription/${token}` }),
    ...(n.channel === "push" && { openPath: PUSH_OPENS[n.kind as MessageKind] ?? "/" }),
  };
  const written = { optOutTokenHash: hashToken(token) };
  try {
    const outcome = await channel.send(message);
    if (outcome.outcome === "recorded") return changeStatus(db, id, "recorded", "worker", { ...written, provider: "recorded" }, `no_provider:${n.channel}`);
    return changeStatus(db, id, "sent", "worker", { ...written, provider: outcome.provider, providerId: outcome.providerId, sentAt: now, reason: null });
  } catch (error) {
    const failure = error instanceof DeliveryFailure ? error : new DeliveryFailure("unexpected_answer", "unexpected error while sending", false, { cause: error });
    if (!(error instanceof DeliveryFailure)) services.log.error({ err: error, notificationId: id }, "sending a message failed unexpectedly");
    if (failure.permanent || n.attempts >= MAX_ATTEMPTS) return changeStatus(db, id, "failed", "worker", { ...written, provider: channel.provider }, `${failure.code} ${failure.reason}`);
    const retryAt = new Date(now.getTime() + RETRY_DELAYS_MINUTES[n.attempts - 1]! * 60_000);
    return changeStatus(db, id, "queued", "worker", { ...written, provider: channel.provider, nextAttemptAt: retryAt }, `retry:${n.attempts}/${MAX_ATTEMPTS} ${failure.code} ${failure.reason}`);
  }
}

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

async function pushSubscriptionJson(services: Services, subscriptionId: string): Promise<string> {
  const s = await services.db.prisma.pushSubscription.findUnique({ where: { id: subscriptionId } });
  return s ? JSON.stringify({ endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } }) : "{}";
}
