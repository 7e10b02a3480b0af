/**
 * Where a household's messages go: for each channel it consents to, the address (its own
 * e-mail or its account's, its mobile, its landline for calls, its members' devices for push;
 * its relay's e-mail when it chose to be reached through its relay), with its quiet hours and language.
 */
import type { ChannelKind } from "@tournee/notify/channels";
import { DEFAULT_QUIET_HOURS, type QuietHours } from "@tournee/notify/schedule";
import type { TemplateLocale } from "@tournee/notify/templates";
import type { Prisma } from "../../generated/prisma/client.js";
import { activeConsents } from "./consents.js";

export interface HouseholdAddress {
  householdId: string;
  householdName: string;
  channel: ChannelKind;
  address: string;
  locale: TemplateLocale;
  quiet: QuietHours;
  viaRelay: boolean;
}

/** A message a relay gets for one of its households says for whom: "Pour Mme Martin : …". */
export function forRecipient(a: Pick<HouseholdAddress, "viaRelay" | "householdName" | "locale">, text: { subject: string; body: string }): { subject: string; body: string } {
  if (!a.viaRelay) return text;
  const prefix = a.locale === "fr" ? `Pour ${a.householdName} : ` : `For ${a.householdName}: `;
  return { subject: `${prefix}${text.subject}`, body: `${prefix}${text.body}` };
}

export const localeOf = (locale: string | null | undefined): TemplateLocale => (locale === "en" ? "en" : "fr");

export async function householdAddresses(db: Prisma.TransactionClient, householdIds: readonly string[]): Promise<Map<string, HouseholdAddress[]>> {
  const ids = [...new Set(householdIds)];
  const [consents, households] = await Promise.all([
    activeConsents(db, ids),
    db.household.findMany({
      where: { id: { in: ids }, archivedAt: null },
      select: { id: true, name: true, contact: true, access: { where: { revokedAt: null }, select: { kind: true, user: { select: { id: true, email: true, disabledAt: true, pushSubscriptions: { select: { id: true } }, messageOptOuts: true } } } } },
    }),
  ]);
  const out = new Map<string, HouseholdAddress[]>();
  for (const h of households) {
    const contact = h.contact;
    const quiet = contact ? { startMinute: contact.quietStartMinute, endMinute: contact.quietEndMinute } : DEFAULT_QUIET_HOURS;
    const base = { householdId: h.id, householdName: h.name, locale: localeOf(contact?.locale), quiet, viaRelay: Boolean(contact?.viaRelay) };
    const members = h.access.filter((a) => a.kind === "member" && !a.user.disabledAt).map((a) => a.user);
    const relays = h.access.filter((a) => a.kind === "relay" && !a.user.disabledAt).map((a) => a.user);
    const list: HouseholdAddress[] = [];
    for (const { channel } of consents.get(h.id) ?? []) {
      if (base.viaRelay) {
        // Through the relay: by e-mail to each relay who has not opted out.
        if (channel === "email") for (const r of relays) if (r.email && !r.messageOptOuts.some((o) => o.channel === "email")) list.push({ ...base, channel, address: r.email });
        continue;
      }
      if (channel === "email") {
        const email = contact?.email ?? members.find((m) => m.email)?.email;
        if (email) list.push({ ...base, channel, address: email });
      } else if (channel === "sms" && contact?.mobile) {
        list.push({ ...base, channel, address: contact.mobile });
      } else if (channel === "voice" && (contact?.landline ?? contact?.mobile)) {
        list.push({ ...base, channel, address: (contact.landline ?? contact.mobile)! });
      } else if (channel === "push") {
        for (const m of members) for (const s of m.pushSubscriptions) list.push({ ...base, channel, address: s.id });
      }
    }
    out.set(h.id, list);
  }
  return out;
}
