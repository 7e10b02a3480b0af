/**
 * A planned message before it is stored, and how it is stored: once per dedupe key (kind,
 * recipient, subject, channel), whoever plans it and however often, with its first event.
 */
import type { ChannelKind } from "@tournee/notify/channels";
import type { MessageKind } from "@tournee/notify/templates";
import type { Prisma } from "../../generated/prisma/client.js";

export interface Draft {
  organisationId: string;
  kind: MessageKind;
  channel: ChannelKind;
  dedupeKey: string;
  householdId?: string | null;
  userId?: string | null;
  passageId?: string | null;
  address: string;
  locale: string;
  subject: string;
  body: string;
  dueAt: Date;
  urgent?: boolean;
  announcedTime?: Date | null;
}

/** One per household, subject and channel; per device for push, per relay when it goes through relays. */
export const householdKey = (kind: MessageKind, subject: string, a: { householdId: string; channel: ChannelKind; address: string; viaRelay: boolean }): string =>
  `${kind}:h:${a.householdId}:${subject}:${a.channel}${a.channel === "push" || a.viaRelay ? `:${a.address}` : ""}`;
export const userKey = (kind: MessageKind, userId: string, subject: string, channel: ChannelKind): string => `${kind}:u:${userId}:${subject}:${channel}`;

/**
 * Stores the drafts not stored yet (a taken key is never stored twice); answers how many were new.
 * A message still waiting for its time takes the latest words, time and address of its draft (a
 * template, a passage time or a phone number changed), so the Messages screen shows what will really go.
 */
export async function storeDrafts(db: Prisma.TransactionClient, drafts: readonly Draft[], source: string): Promise<number> {
  if (!drafts.length) return 0;
  let created = 0;
  for (let i = 0; i < drafts.length; i += 500) {
    const rows = await db.notification.createManyAndReturn({
      data: drafts.slice(i, i + 500).map((d) => ({ ...d, householdId: d.householdId ?? null, userId: d.userId ?? null, passageId: d.passageId ?? null, status: "scheduled" as const })),
      skipDuplicates: true,
      select: { id: true },
    });
    if (rows.length) await db.notificationEvent.createMany({ data: rows.map((r) => ({ notificationId: r.id, status: "scheduled" as const, source })) });
    created += rows.length;
  }
  await refreshWaiting(db, drafts);
  return created;
}

async function refreshWaiting(db: Prisma.TransactionClient, drafts: readonly Draft[]): Promise<void> {
  const byKey = new Map(drafts.map((d) => [d.dedupeKey, d]));
  for (let i = 0; i < drafts.length; i += 1000) {
    const waiting = await db.notification.findMany({
      where: { dedupeKey: { in: drafts.slice(i, i + 1000).map((d) => d.dedupeKey) }, status: "scheduled" },
      select: { id: true, dedupeKey: true, subject: true, body: true, dueAt: true, address: true, announcedTime: true },
    });
    for (const w of waiting) {
      const d = byKey.get(w.dedupeKey)!;
      const announced = d.announcedTime ?? null;
      if (w.subject === d.subject && w.body === d.body && w.address === d.address && w.dueAt.getTime() === d.dueAt.getTime() && w.announcedTime?.getTime() === announced?.getTime()) continue;
      await db.notification.updateMany({ where: { id: w.id, status: "scheduled" }, data: { subject: d.subject, body: d.body, dueAt: d.dueAt, address: d.address, announcedTime: announced } });
    }
  }
}
