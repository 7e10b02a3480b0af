/**
 * Web Push is a choice per person and per device: a person allows notifications on a device,
 * which stores its subscription. A resident doing so for their own household also records the
 * household's consent to that channel (dated, "allowed on a device"); removing the last device
 * leaves the consent for the household to withdraw in its preferences.
 */
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { CHANNEL_PURPOSE } from "./consents.js";

export function pushKey(services: Services): { publicKey: string | null } {
  return { publicKey: services.config.TOURNEE_VAPID_PUBLIC_KEY ?? null };
}

export async function subscribePush({ services, actor, endpoint, keys }: { services: Services; actor: Actor; endpoint: string; keys: { p256dh: string; auth: string } }) {
  const db = services.db.prisma;
  const now = services.now();
  await db.$transaction(async (tx) => {
    await tx.pushSubscription.upsert({ where: { endpoint }, create: { userId: actor.userId, endpoint, ...keys, createdAt: now }, update: { userId: actor.userId, ...keys } });
    for (const h of actor.households.filter((x) => x.relation === "own")) {
      const given = await tx.consent.count({ where: { householdId: h.id, purpose: CHANNEL_PURPOSE.push, withdrawnAt: null } });
      if (!given) await tx.consent.create({ data: { householdId: h.id, purpose: CHANNEL_PURPOSE.push, givenAt: now, recordedById: actor.userId, evidence: "allowed notifications on a device" } });
    }
  });
  return { devices: await db.pushSubscription.count({ where: { userId: actor.userId } }) };
}

export async function unsubscribePush({ services, actor, endpoint }: { services: Services; actor: Actor; endpoint: string }) {
  const db = services.db.prisma;
  await db.pushSubscription.deleteMany({ where: { endpoint, userId: actor.userId } });
  return { devices: await db.pushSubscription.count({ where: { userId: actor.userId } }) };
}
