/**
 * Channels are consents: a household may be sent messages on a channel only while a Consent
 * with that channel's purpose is given and not withdrawn. Choosing a channel records one (with
 * its date, who recorded it and how it was given); STOP or an opt-out link withdraws it at once.
 */
import type { ChannelKind } from "@tournee/notify/channels";
import type { Prisma } from "../../generated/prisma/client.js";

export const CHANNEL_PURPOSE: Record<ChannelKind, string> = {
  sms: "sms_reminders",
  email: "email_reminders",
  voice: "voice_reminders",
  push: "push_reminders",
};

const PURPOSE_CHANNEL = new Map(Object.entries(CHANNEL_PURPOSE).map(([channel, purpose]) => [purpose, channel as ChannelKind]));

export interface ChannelConsent {
  channel: ChannelKind;
  givenAt: Date;
  evidence: string | null;
}

/** The channels each household consents to now, with when and how. */
export async function activeConsents(db: Prisma.TransactionClient, householdIds: readonly string[]): Promise<Map<string, ChannelConsent[]>> {
  const rows = await db.consent.findMany({
    where: { householdId: { in: [...householdIds] }, purpose: { in: Object.values(CHANNEL_PURPOSE) }, withdrawnAt: null },
    orderBy: { givenAt: "asc" },
  });
  const out = new Map<string, ChannelConsent[]>();
  for (const row of rows) {
    const channel = PURPOSE_CHANNEL.get(row.purpose)!;
    const list = out.get(row.householdId) ?? [];
    if (!list.some((c) => c.channel === channel)) list.push({ channel, givenAt: row.givenAt, evidence: row.evidence });
    out.set(row.householdId, list);
  }
  return out;
}

/** Withdraws a household's consent to a channel now; answers how many consents it ended. */
export async function withdrawConsent(db: Prisma.TransactionClient, householdId: string, channel: ChannelKind, at: Date): Promise<number> {
  const { count } = await db.consent.updateMany({ where: { householdId, purpose: CHANNEL_PURPOSE[channel], withdrawnAt: null }, data: { withdrawnAt: at } });
  return count;
}
