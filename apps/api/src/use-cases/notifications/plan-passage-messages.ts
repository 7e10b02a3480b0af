/**
 * Messages about coming passages, planned ahead so coordinators see them in the Messages
 * screen before they go: the cutoff reminder to households expected at a passage that have not
 * ordered (an AMAP basket is not their shopping), and the day-before time to those who have. An
 * AMAP member who does not shop at the grocery and whose only order there is the basket is
 * reminded instead of the deadline to say they will be away (the passage's cutoff), and gets the
 * time the day before. Each is re-checked when due (an order placed
 * meanwhile cancels the reminder) and its text written again then, with the latest time.
 */
import { addDays, localDateOf } from "@tournee/domain/calendar";
import { CUTOFF_REMINDER_MIN_LEAD_MS, cutoffReminderAt, dayBeforeAt, sendableAt } from "@tournee/notify/schedule";
import { RELAY_WORDING, type MessageKind } from "@tournee/notify/templates";
import { dbDate, isoDate } from "../../db/db-date.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { householdKey, type Draft } from "./drafts.js";
import { composeText, type TextSource } from "./message-text.js";
import { PASSAGE_FACTS_SELECT, passageValues, publishedTime, type PassageFacts } from "./passage-facts.js";
import { forRecipient, householdAddresses, type HouseholdAddress } from "./recipients.js";

/** How far ahead passages are looked at. */
export const PLANNING_HORIZON_DAYS = 8;
export const ACTIVE_ORDER: Prisma.OrderWhereInput = { status: { in: ["pending", "confirmed"] } };

/** The households expected at each passage: those who come to the halt, or the home drop's household. */
export async function expectedHouseholds(db: Prisma.TransactionClient, passages: readonly PassageFacts[]): Promise<Map<string, string[]>> {
  const haltIds = [...new Set(passages.filter((p) => p.stop.kind === "halt").map((p) => p.stop.id))];
  const atHalts = await db.household.findMany({ where: { usualStopId: { in: haltIds }, mobility: "comes_to_halt", archivedAt: null }, select: { id: true, usualStopId: true } });
  return new Map(passages.map((p) => [p.id, p.stop.kind === "home_drop" ? (p.stop.householdId ? [p.stop.householdId] : []) : atHalts.filter((h) => h.usualStopId === p.stop.id).map((h) => h.id)]));
}

export async function comingPassages(db: Prisma.TransactionClient, now: Date): Promise<PassageFacts[]> {
  const today = localDateOf(now);
  return db.passage.findMany({
    where: { status: "scheduled", date: { gte: dbDate(today), lte: dbDate(addDays(today, PLANNING_HORIZON_DAYS)) }, organisation: { kind: { in: ["social_grocery", "solidarity_bakery"] } } },
    select: PASSAGE_FACTS_SELECT,
  });
}

/**
 * The text of a household's message about a passage, as it would go now. A relay reads it in the
 * third person ("La commande de Mme Brunet…"), from the wording its organisation keeps for relays.
 */
export async function passageMessageText(text: TextSource, kind: MessageKind, p: PassageFacts, a: Pick<HouseholdAddress, "locale" | "viaRelay" | "householdName">, extra: Record<string, string> = {}) {
  const relayKind = a.viaRelay ? RELAY_WORDING[kind] : undefined;
  const { values, fallbacks } = passageValues(p, a.locale, Boolean(relayKind));
  const filled = { foyer: a.householdName, ...values, ...extra };
  if (relayKind) return composeText(text, p.organisationId, relayKind, a.locale, filled, fallbacks);
  return forRecipient(a, await composeText(text, p.organisationId, kind, a.locale, filled, fallbacks));
}

/** Weeks back a household's shopping is looked at: one that bought in them is reminded to order, whatever its AMAP basket. */
export const SHOPPER_WEEKS = 8;

/**
 * What a household is told about a passage: the time the day before when it has an order; before
 * the cutoff, a reminder to order; or, to an AMAP member whose only order is the basket and who
 * does not shop at the grocery, the deadline to say they will be away (the same cutoff).
 */
function kindsFor(o: { grocery: boolean; basket: boolean; shopper: boolean }): MessageKind[] {
  if (o.grocery) return ["day_before"];
  if (!o.basket) return ["cutoff_reminder"];
  return [o.shopper ? "cutoff_reminder" : "basket_reminder", "day_before"];
}

/** Households expected at these passages that ordered from the grocery (not a basket) in the last weeks. */
async function shoppers(db: Prisma.TransactionClient, householdIds: readonly string[], now: Date): Promise<Set<string>> {
  const today = localDateOf(now);
  const rows = await db.order.findMany({
    where: { householdId: { in: [...householdIds] }, amapSubscriptionId: null, status: { not: "cancelled" }, passage: { date: { gte: dbDate(addDays(today, -7 * SHOPPER_WEEKS)), lt: dbDate(today) } } },
    select: { householdId: true }, distinct: ["householdId"],
  });
  return new Set(rows.map((r) => r.householdId));
}

/**
 * Passages on no round of a day whose rounds drivers already have (an order or a parcel that came
 * after publication): nobody tells the household the truck comes until a round carries it, which
 * is the coordinator's to decide (planning/added-after-publication.ts).
 */
async function offPublishedRounds(db: Prisma.TransactionClient, passages: readonly PassageFacts[]): Promise<Set<string>> {
  const loose = passages.filter((p) => !p.tour);
  if (!loose.length) return new Set();
  const tours = await db.tour.findMany({
    where: { organisationId: { in: [...new Set(loose.map((p) => p.organisationId))] }, date: { in: [...new Set(loose.map((p) => p.date.getTime()))].map((t) => new Date(t)) }, status: { in: ["published", "in_progress"] } },
    select: { organisationId: true, date: true },
  });
  const sentOut = new Set(tours.map((t) => `${t.organisationId}:${isoDate(t.date)}`));
  return new Set(loose.filter((p) => sentOut.has(`${p.organisationId}:${isoDate(p.date)}`)).map((p) => p.id));
}

export async function planPassageMessages(db: Prisma.TransactionClient, text: TextSource, now: Date): Promise<Draft[]> {
  const passages = await comingPassages(db, now);
  const expected = await expectedHouseholds(db, passages);
  const orders = await db.order.findMany({
    where: { passageId: { in: passages.map((p) => p.id) }, ...ACTIVE_ORDER },
    select: { passageId: true, householdId: true, amapSubscription: { select: { contract: { select: { name: true } } } } },
  });
  const ordered = new Set(orders.filter((o) => !o.amapSubscription).map((o) => `${o.passageId}:${o.householdId}`));
  const baskets = new Map<string, string[]>();
  for (const o of orders) if (o.amapSubscription) baskets.set(`${o.passageId}:${o.householdId}`, [...(baskets.get(`${o.passageId}:${o.householdId}`) ?? []), o.amapSubscription.contract.name.toLowerCase()]);
  const addresses = await householdAddresses(db, [...new Set([...[...expected.values()].flat(), ...orders.map((o) => o.householdId)])]);
  const shopping = await shoppers(db, [...new Set([...expected.values()].flat())], now);
  const offRound = await offPublishedRounds(db, passages);
  const drafts: Draft[] = [];
  for (const p of passages) {
    const tz = p.organisation.timeZone;
    const reminderDue = new Date(Math.max(cutoffReminderAt(p.cutoffAt, tz).getTime(), now.getTime()));
    const dayBeforeDue = new Date(Math.max(dayBeforeAt(isoDate(p.date), tz).getTime(), now.getTime()));
    for (const householdId of new Set([...(expected.get(p.id) ?? []), ...orders.filter((o) => o.passageId === p.id).map((o) => o.householdId)])) {
      const basketNames = baskets.get(`${p.id}:${householdId}`);
      const shopper = shopping.has(householdId) && (expected.get(p.id) ?? []).includes(householdId);
      for (const kind of kindsFor({ grocery: ordered.has(`${p.id}:${householdId}`), basket: Boolean(basketNames), shopper })) {
        const beforeCutoff = kind !== "day_before";
        if (!beforeCutoff && offRound.has(p.id)) continue;
        for (const a of addresses.get(householdId) ?? []) {
          const dueAt = sendableAt(beforeCutoff ? reminderDue : dayBeforeDue, a.quiet, false, tz);
          // A reminder too close to the cutoff, or a time sent once the day has begun, helps nobody.
          if (beforeCutoff && dueAt.getTime() > p.cutoffAt.getTime() - CUTOFF_REMINDER_MIN_LEAD_MS) continue;
          if (!beforeCutoff && dueAt.getTime() >= p.windowStart.getTime() - 3 * 3600_000) continue;
          const extra: Record<string, string> = basketNames ? { panier: [...new Set(basketNames)].join(a.locale === "fr" ? " et " : " and ") } : {};
          const { subject, body } = await passageMessageText(text, kind, p, a, extra);
          drafts.push({ organisationId: p.organisationId, kind, channel: a.channel, dedupeKey: householdKey(kind, `p:${p.id}`, a), householdId, passageId: p.id,
            address: a.address, locale: a.locale, subject, body, dueAt, announcedTime: kind === "day_before" ? publishedTime(p) : null });
        }
      }
    }
  }
  return drafts;
}
