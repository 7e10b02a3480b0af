/**
 * A household's contact preferences, read and changed by the household itself, its relay or
 * its coordinator: addresses (checked, numbers stored in E.164), quiet hours, language, whether
 * to go through the relay, and the channels — each a consent recorded with its date, who
 * recorded it and how it was given; a channel taken away is a consent withdrawn at once.
 */
import type { ContactPreferences } from "@tournee/domain";
import type { z } from "zod";
import type { ContactPreferencesInputSchema } from "@tournee/domain";
import type { ChannelKind } from "@tournee/notify/channels";
import type { Actor } from "../../auth/actor.js";
import { ApiError, type FieldError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { orderingHousehold } from "../orders/ordering-household.js";
import { timeOfMinute } from "../planning/coordinated-organisation.js";
import { recordAudit } from "../record-audit.js";
import { activeConsents, CHANNEL_PURPOSE, withdrawConsent } from "./consents.js";
import { MESSAGE_INCLUDE, messageViews } from "./message-views.js";
import { localeOf } from "./recipients.js";

type Input = z.output<typeof ContactPreferencesInputSchema>;
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

async function loadHousehold(services: Services, householdId: string) {
  return services.db.prisma.household.findUniqueOrThrow({
    where: { id: householdId },
    select: { id: true, name: true, organisationId: true, contact: true, access: { where: { revokedAt: null }, select: { kind: true, user: { select: { email: true, displayName: true, pushSubscriptions: { select: { id: true } } } } } } },
  });
}

export async function getContactPreferences({ services, actor, householdId }: { services: Services; actor: Actor; householdId: string }): Promise<ContactPreferences> {
  await orderingHousehold(services, actor, householdId);
  const db = services.db.prisma;
  const h = await loadHousehold(services, householdId);
  const consents = (await activeConsents(db, [householdId])).get(householdId) ?? [];
  const members = h.access.filter((a) => a.kind === "member").map((a) => a.user);
  const recent = await db.notification.findMany({ where: { householdId, status: { in: ["sent", "delivered", "recorded", "failed", "scheduled"] } }, include: MESSAGE_INCLUDE, orderBy: { dueAt: "desc" }, take: 10 });
  return {
    householdId, householdName: h.name, email: h.contact?.email ?? null, accountEmail: members.find((m) => m.email)?.email ?? null,
    mobile: h.contact?.mobile ?? null, landline: h.contact?.landline ?? null, viaRelay: h.contact?.viaRelay ?? false,
    relays: h.access.filter((a) => a.kind === "relay").map((a) => a.user.displayName),
    quietStart: timeOfMinute(h.contact?.quietStartMinute ?? 1200), quietEnd: timeOfMinute(h.contact?.quietEndMinute ?? 480), locale: localeOf(h.contact?.locale),
    channels: consents.map((c) => ({ channel: c.channel, givenAt: c.givenAt.toISOString(), evidence: c.evidence })),
    pushDevices: members.reduce((n, m) => n + m.pushSubscriptions.length, 0),
    recentMessages: await messageViews(db, recent),
  };
}

export async function saveContactPreferences({ services, actor, householdId, input }: { services: Services; actor: Actor; householdId: string; input: Input }): Promise<ContactPreferences> {
  const { relation } = await orderingHousehold(services, actor, householdId);
  const db = services.db.prisma;
  const h = await loadHousehold(services, householdId);
  const members = h.access.filter((a) => a.kind === "member").map((a) => a.user);
  const relays = h.access.filter((a) => a.kind === "relay").map((a) => a.user);
  const errors: FieldError[] = [];
  if (input.channels.includes("email") && !(input.viaRelay ? relays.some((r) => r.email) : input.email ?? members.some((m) => m.email))) errors.push({ in: "body", path: "email", message: input.viaRelay ? "relay_without_email" : "email_required" });
  if (input.channels.includes("push") && !members.some((m) => m.pushSubscriptions.length)) errors.push({ in: "body", path: "channels", message: "push_no_device" });
  if (input.viaRelay && !relays.length) errors.push({ in: "body", path: "viaRelay", message: "no_relay" });
  if (errors.length) throw new ApiError("validation_failed", `${errors.length} problem(s) in the body`, errors);

  const now = services.now();
  const evidence = input.evidence ?? (relation === "own" ? "chosen by the household in the app" : relation === "delegated" ? "chosen by the household's relay" : "recorded by the coordination");
  await db.$transaction(async (tx) => {
    const contact = { email: input.email, mobile: input.mobile, landline: input.landline, viaRelay: input.viaRelay, quietStartMinute: minutes(input.quietStart), quietEndMinute: minutes(input.quietEnd), locale: input.locale };
    await tx.householdContact.upsert({ where: { householdId }, create: { householdId, ...contact }, update: contact });
    const current = new Set(((await activeConsents(tx, [householdId])).get(householdId) ?? []).map((c) => c.channel));
    const wanted = new Set<ChannelKind>(input.channels);
    for (const channel of wanted) if (!current.has(channel)) await tx.consent.create({ data: { householdId, purpose: CHANNEL_PURPOSE[channel], givenAt: now, recordedById: actor.userId, evidence } });
    for (const channel of current) {
      if (wanted.has(channel)) continue;
      await withdrawConsent(tx, householdId, channel, now);
      await cancelPending(tx, { householdId, channel }, "consent_withdrawn");
    }
    await recordAudit(tx, { actor, organisationId: h.organisationId, action: "update", entity: "HouseholdContact", entityId: householdId, changes: { ...contact, channels: input.channels } });
  });
  return getContactPreferences({ services, actor, householdId });
}

/** Cancels the messages still waiting for a recipient on a channel (consent withdrawn, opt-out). */
export async function cancelPending(tx: Parameters<typeof withdrawConsent>[0], where: { householdId?: string; userId?: string; channel: ChannelKind }, reason: string): Promise<number> {
  const pending = await tx.notification.findMany({ where: { ...where, status: { in: ["scheduled", "queued"] } }, select: { id: true } });
  if (!pending.length) return 0;
  await tx.notification.updateMany({ where: { id: { in: pending.map((p) => p.id) }, status: { in: ["scheduled", "queued"] } }, data: { status: "cancelled", reason } });
  await tx.notificationEvent.createMany({ data: pending.map((p) => ({ notificationId: p.id, status: "cancelled" as const, reason, source: "consent" })) });
  return pending.length;
}
