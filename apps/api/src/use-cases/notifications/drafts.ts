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

/** Stores the drafts not stored yet (a taken key is skipped, never overwritten); answers how many were new. */
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
  return created;
}
