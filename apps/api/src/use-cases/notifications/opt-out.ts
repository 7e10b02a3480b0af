/**
 * Stopping messages without signing in: the link in every e-mail (one click, RFC 8058 too) and
 * a "STOP" reply to an SMS. Effective at once: the consent is withdrawn (a staff member's
 * opt-out recorded) and every message still waiting on that channel is cancelled.
 */
import type { ChannelKind } from "@tournee/notify/channels";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { timingSafeEqual } from "node:crypto";
import { CHANNEL_PURPOSE, withdrawConsent } from "./consents.js";
import { cancelPending } from "./contact-preferences.js";
import { senderNameOf } from "./message-text.js";
import { hashToken } from "./send-message.js";

async function messageOfToken(services: Services, token: string) {
  const n = await services.db.prisma.notification.findUnique({ where: { optOutTokenHash: hashToken(token) } });
  if (!n) throw notFound("link");
  return n;
}

async function isStopped(services: Services, n: { householdId: string | null; userId: string | null; channel: ChannelKind }): Promise<boolean> {
  const db = services.db.prisma;
  if (n.userId) return Boolean(await db.messageOptOut.findUnique({ where: { userId_channel: { userId: n.userId, channel: n.channel } } }));
  return !(await db.consent.count({ where: { householdId: n.householdId!, purpose: CHANNEL_PURPOSE[n.channel], withdrawnAt: null } }));
}

export async function viewOptOut({ services, token }: { services: Services; token: string }) {
  const n = await messageOfToken(services, token);
  return { channel: n.channel, senderName: await senderNameOf(services.db.prisma, n.organisationId), done: await isStopped(services, n) };
}

export async function confirmOptOut({ services, token }: { services: Services; token: string }) {
  const n = await messageOfToken(services, token);
  const now = services.now();
  await services.db.prisma.$transaction(async (tx) => {
    if (n.userId) {
      await tx.messageOptOut.upsert({ where: { userId_channel: { userId: n.userId, channel: n.channel } }, create: { userId: n.userId, channel: n.channel, at: now }, update: {} });
      await cancelPending(tx, { userId: n.userId, channel: n.channel }, "opted_out");
    } else {
      await withdrawConsent(tx, n.householdId!, n.channel, now);
      await cancelPending(tx, { householdId: n.householdId!, channel: n.channel }, "opted_out_link");
    }
  });
  return viewOptOut({ services, token });
}

/** A reply to an SMS: "STOP" (any case, with or without words after) withdraws SMS consent of every household with that number. */
export async function receiveReply({ services, from, text }: { services: Services; from: string; text: string }): Promise<{ updated: number }> {
  if (!/^\s*stop\b/i.test(text)) return { updated: 0 };
  const db = services.db.prisma;
  const now = services.now();
  const contacts = await db.householdContact.findMany({ where: { mobile: from }, select: { householdId: true } });
  let updated = 0;
  await db.$transaction(async (tx) => {
    for (const { householdId } of contacts) {
      updated += await withdrawConsent(tx, householdId, "sms", now);
      await cancelPending(tx, { householdId, channel: "sms" }, "replied_stop");
    }
  });
  return { updated };
}

/** A provider's delivery receipt: the message it names becomes delivered, or failed with the reason. */
export async function receiveReceipt({ services, provider, providerId, status, reason }: { services: Services; provider: string; providerId: string; status: "delivered" | "failed"; reason?: string | null }) {
  const db = services.db.prisma;
  const rows = await db.notification.findMany({ where: { provider, OR: [{ providerId }, ...(provider === "webhook" && /^[0-9a-f-]{36}$/.test(providerId) ? [{ id: providerId }] : [])], status: { in: ["sent", "delivered"] } }, select: { id: true, status: true } });
  const now = services.now();
  for (const row of rows) {
    if (row.status === status) continue;
    await db.$transaction([
      db.notification.update({ where: { id: row.id }, data: { status, ...(status === "delivered" ? { deliveredAt: now, reason: null } : { reason: `not_delivered ${reason ?? ""}`.trim() }) } }),
      db.notificationEvent.create({ data: { notificationId: row.id, status, reason: status === "failed" ? `not_delivered ${reason ?? ""}`.trim() : null, source: `receipt:${provider}` } }),
    ]);
  }
  return { updated: rows.length };
}

/** Callbacks from providers carry the shared secret: without it, nothing is read. */
export function checkWebhookSecret(services: Services, given: string | undefined): void {
  const secret = services.config.TOURNEE_WEBHOOK_SECRET;
  const same = Boolean(secret && given && given.length === secret.length && timingSafeEqual(Buffer.from(given), Buffer.from(secret)));
  if (!same) throw new ApiError("unauthenticated", "unknown or missing webhook secret");
}
