/**
 * Messages to the people who work the rounds, by e-mail (and Web Push on their devices):
 * each referrer, weekly, the files of households they follow that end within 30 days; each
 * coordinator, daily, who has not ordered before a cutoff, open wellbeing concerns and
 * conflicts, and the coming days with deliveries added after publication that no round carries; each driver, a round of theirs that changed after its first publication.
 */
import { addDays, localDateOf, weekdayOf } from "@tournee/domain/calendar";
import type { ChannelKind } from "@tournee/notify/channels";
import { coordinatorDigestAt, referrerDigestAt, sendableAt, DEFAULT_QUIET_HOURS } from "@tournee/notify/schedule";
import { formatDay, KIND_SPECS } from "@tournee/notify/templates";
import { dbDate, isoDate } from "../../db/db-date.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { userKey, type Draft } from "./drafts.js";
import { composeText, type TextSource } from "./message-text.js";
import { ACTIVE_ORDER, comingPassages, expectedHouseholds } from "./plan-passage-messages.js";
import { lateDeliveryDays } from "../planning/added-after-publication.js";
import { localeOf } from "./recipients.js";

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

export const STAFF_SELECT = { id: true, email: true, locale: true, displayName: true, pushSubscriptions: { select: { id: true, createdAt: true } }, messageOptOuts: true } satisfies Prisma.UserSelect;
type Staff = Prisma.UserGetPayload<{ select: typeof STAFF_SELECT }>;

/** How a staff message goes: by e-mail, to the person's devices that allow notifications, or both. */
export type StaffReach = "email" | "push" | "email+push";

/** A staff member's addresses: their account's e-mail unless they opted out, and their devices for push. */
function staffAddresses(u: Staff, reach: StaffReach): { channel: ChannelKind; address: string }[] {
  const out: { channel: ChannelKind; address: string }[] = [];
  if (reach !== "push" && u.email && !u.messageOptOuts.some((o) => o.channel === "email")) out.push({ channel: "email", address: u.email });
  if (reach !== "email" && !u.messageOptOuts.some((o) => o.channel === "push")) for (const s of u.pushSubscriptions) out.push({ channel: "push", address: s.id });
  return out;
}

export async function staffDrafts(text: TextSource, u: Staff, organisationId: string, kind: Draft["kind"], subjectKey: string, dueAt: Date, values: Record<string, string>, reach: StaffReach = "email"): Promise<Draft[]> {
  const addresses = staffAddresses(u, reach);
  if (!addresses.length) return [];
  const locale = localeOf(u.locale);
  const { subject, body } = await composeText(text, organisationId, kind, locale, { destinataire: u.displayName, ...values });
  return addresses.map((a) => ({
    organisationId, kind, channel: a.channel, dedupeKey: `${userKey(kind, u.id, subjectKey, a.channel)}${a.channel === "push" ? `:${a.address}` : ""}`,
    userId: u.id, address: a.address, locale, subject, body, dueAt: sendableAt(dueAt, DEFAULT_QUIET_HOURS, KIND_SPECS[kind].urgent), urgent: KIND_SPECS[kind].urgent,
  }));
}

export async function planReferrerDigests(db: Prisma.TransactionClient, text: TextSource, now: Date): Promise<Draft[]> {
  const today = localDateOf(now);
  // A week's digest not made by Friday (a server down, a first start) waits for next Monday's:
  // social workers read it at work, not on a Saturday or Sunday morning.
  if (weekdayOf(today) > 5) return [];
  const { monday, at } = referrerDigestAt(today);
  const ending = await db.eligibility.findMany({
    where: { status: "active", referrerUserId: { not: null }, validTo: { gte: dbDate(today), lte: dbDate(addDays(today, 30)) } },
    select: { organisationId: true, validTo: true, referrerUserId: true, household: { select: { name: true, city: true } } },
    orderBy: { validTo: "asc" },
  });
  const byReferrer = groupBy(ending, (e) => e.referrerUserId!);
  const users = await db.user.findMany({ where: { id: { in: [...byReferrer.keys()] }, disabledAt: null }, select: STAFF_SELECT });
  const drafts: Draft[] = [];
  for (const u of users) {
    const list = byReferrer.get(u.id)!;
    const locale = localeOf(u.locale);
    const lines = list.map((e) => `- ${e.household.name} (${e.household.city}) : ${locale === "fr" ? "jusqu'au" : "until"} ${formatDay(isoDate(e.validTo), locale)}`);
    drafts.push(...(await staffDrafts(text, u, list[0]!.organisationId, "eligibility_digest", `w:${monday}`, new Date(Math.max(at.getTime(), now.getTime())), { nombre: String(list.length), liste: lines.join("\n") })));
  }
  return drafts;
}

/** A day's deliveries that came after its rounds were published, in the digest's list. */
function lateText(count: number, locale: "fr" | "en"): string {
  if (locale === "fr") return count === 1 ? "une livraison ajoutée après la publication n'est sur aucune tournée : à replanifier" : `${count} livraisons ajoutées après la publication ne sont sur aucune tournée : à replanifier`;
  return count === 1 ? "one delivery added after publication is on no round: plan the day again" : `${count} deliveries added after publication are on no round: plan the day again`;
}

export async function planCoordinatorDigests(db: Prisma.TransactionClient, text: TextSource, now: Date): Promise<Draft[]> {
  const today = localDateOf(now);
  const due = coordinatorDigestAt(today);
  if (now < due) return [];
  const passages = (await comingPassages(db, now)).filter((p) => p.cutoffAt > now && p.cutoffAt.getTime() - now.getTime() < 48 * 3600_000);
  const expected = await expectedHouseholds(db, passages);
  const orders = await db.order.findMany({ where: { passageId: { in: passages.map((p) => p.id) }, ...ACTIVE_ORDER }, select: { passageId: true, householdId: true } });
  const coordinators = await db.membership.findMany({ where: { role: "coordinator", organisation: { kind: { in: ["social_grocery", "solidarity_bakery"] } }, user: { disabledAt: null } }, select: { organisationId: true, user: { select: STAFF_SELECT } } });
  const drafts: Draft[] = [];
  for (const { organisationId, user } of coordinators) {
    const mine = passages.filter((p) => p.organisationId === organisationId);
    const missing = mine.flatMap((p) => (expected.get(p.id) ?? []).filter((h) => !orders.some((o) => o.passageId === p.id && o.householdId === h)).map((h) => ({ p, h })));
    const [alerts, conflicts, late] = await Promise.all([
      db.wellbeingAlert.count({ where: { organisationId, status: "open" } }),
      db.syncConflict.count({ where: { organisationId, resolvedAt: null } }),
      lateDeliveryDays(db, organisationId, dbDate(today)),
    ]);
    if (!missing.length && !alerts && !conflicts && !late.length) continue;
    const locale = localeOf(user.locale);
    const byPassage = groupBy(missing, (m) => m.p);
    const lines = [
      ...late.map((d) => `- ${formatDay(d.date, locale)} : ${lateText(d.count, locale)}`),
      ...[...byPassage].map(([p, ms]) => `- ${formatDay(isoDate(p.date), locale)}, ${p.stop.name} : ${ms.length}`),
    ];
    drafts.push(...(await staffDrafts(text, user, organisationId, "coordinator_digest", `d:${today}`, due, {
      date: formatDay(today, locale), sans_commande: String(missing.length), soucis: String(alerts), conflits: String(conflicts), liste: lines.join("\n"),
    })));
  }
  return drafts;
}

export async function planRoundChanges(db: Prisma.TransactionClient, text: TextSource, now: Date): Promise<Draft[]> {
  const tours = await db.tour.findMany({
    where: { status: { in: ["published", "in_progress"] }, version: { gte: 2 }, driverId: { not: null }, date: { gte: dbDate(localDateOf(now)) } },
    select: { id: true, organisationId: true, date: true, version: true, driver: { select: STAFF_SELECT } },
  });
  const drafts: Draft[] = [];
  for (const t of tours) {
    const locale = localeOf(t.driver!.locale);
    drafts.push(...(await staffDrafts(text, t.driver!, t.organisationId, "round_changed", `t:${t.id}:v${t.version}`, now, { date: formatDay(isoDate(t.date), locale) }, "email+push")));
  }
  return drafts;
}
