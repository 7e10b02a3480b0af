/**
 * Messages that follow what happens: an order's confirmation (whoever entered it: the
 * household, its relay, a coordinator taking it by phone or from a paper slip), a published
 * time that moved by more than 15 minutes, and on the day the truck's delay, from the arrivals
 * the driver's phone synced (urgent: sent in quiet hours too, once per quarter of an hour it grows).
 */
import { localDateOf } from "@tournee/domain/calendar";
import { delayStep, estimateDelays, roundedDelay, sendableAt } from "@tournee/notify/schedule";
import { formatTime } from "@tournee/notify/templates";
import { dbDate } from "../../db/db-date.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { householdKey, type Draft } from "./drafts.js";
import type { TextSource } from "./message-text.js";
import { PASSAGE_FACTS_SELECT, publishedTime, whenText } from "./passage-facts.js";
import { ACTIVE_ORDER, comingPassages, passageMessageText } from "./plan-passage-messages.js";
import { householdAddresses } from "./recipients.js";

/** Orders entered within this window get a confirmation (older ones were confirmed, or never will be). */
const CONFIRMATION_WINDOW_MS = 6 * 3600_000;
export const TIME_CHANGE_MINUTES = 15;

export async function planConfirmations(db: Prisma.TransactionClient, text: TextSource, now: Date): Promise<Draft[]> {
  const orders = await db.order.findMany({
    where: { ...ACTIVE_ORDER, amapSubscriptionId: null, createdAt: { gte: new Date(now.getTime() - CONFIRMATION_WINDOW_MS), lte: now }, passage: { status: "scheduled", date: { gte: dbDate(localDateOf(now)) } } },
    select: { householdId: true, createdAt: true, lines: { select: { quantity: true } }, passage: { select: PASSAGE_FACTS_SELECT } },
  });
  const addresses = await householdAddresses(db, orders.map((o) => o.householdId));
  const drafts: Draft[] = [];
  for (const o of orders) {
    const p = o.passage;
    const items = o.lines.reduce((sum, l) => sum + l.quantity, 0);
    for (const a of addresses.get(o.householdId) ?? []) {
      const articles = a.locale === "fr" ? `${items} article${items > 1 ? "s" : ""}` : `${items} item${items > 1 ? "s" : ""}`;
      const { subject, body } = await passageMessageText(text, "order_confirmation", p, a, { articles });
      drafts.push({ organisationId: p.organisationId, kind: "order_confirmation", channel: a.channel, dedupeKey: householdKey("order_confirmation", `p:${p.id}`, a),
        householdId: o.householdId, passageId: p.id, address: a.address, locale: a.locale, subject, body,
        dueAt: sendableAt(new Date(Math.max(o.createdAt.getTime(), now.getTime())), a.quiet, false, p.organisation.timeZone), announcedTime: publishedTime(p) });
    }
  }
  return drafts;
}

/** A published time that moved more than 15 minutes from the one a household was told. */
export async function planTimeChanges(db: Prisma.TransactionClient, text: TextSource, now: Date): Promise<Draft[]> {
  const passages = (await comingPassages(db, now)).filter((p) => publishedTime(p) && !p.arrivedAt);
  const told = await db.notification.findMany({
    where: { passageId: { in: passages.map((p) => p.id) }, householdId: { not: null }, announcedTime: { not: null }, status: { in: ["sent", "delivered", "recorded"] } },
    select: { passageId: true, householdId: true, channel: true, address: true, announcedTime: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const last = new Map<string, Date>();
  for (const t of told) last.set(`${t.passageId}:${t.householdId}`, t.announcedTime!);
  const addresses = await householdAddresses(db, [...new Set(told.map((t) => t.householdId!))]);
  const drafts: Draft[] = [];
  for (const p of passages) {
    const planned = publishedTime(p)!;
    for (const [key, announced] of last) {
      const [passageId, householdId] = key.split(":") as [string, string];
      if (passageId !== p.id || Math.abs(planned.getTime() - announced.getTime()) <= TIME_CHANGE_MINUTES * 60_000) continue;
      for (const a of addresses.get(householdId) ?? []) {
        const { subject, body } = await passageMessageText(text, "time_change", p, a, { ancienne_heure: formatTime(announced, a.locale, p.organisation.timeZone) });
        drafts.push({ organisationId: p.organisationId, kind: "time_change", channel: a.channel, dedupeKey: householdKey("time_change", `p:${p.id}:${planned.toISOString()}`, a),
          householdId, passageId: p.id, address: a.address, locale: a.locale, subject, body, dueAt: sendableAt(now, a.quiet, false, p.organisation.timeZone), announcedTime: planned });
      }
    }
  }
  return drafts;
}

/**
 * Rounds under way: the delay of the stops still to come, told to the households with an order
 * there. A round of a past day left open is not under way any more; one started ahead of its day
 * is, from its first synced arrival.
 */
export async function planDelays(db: Prisma.TransactionClient, text: TextSource, now: Date): Promise<Draft[]> {
  const tours = await db.tour.findMany({
    where: { status: "in_progress", date: { gte: dbDate(localDateOf(now)) } },
    select: { passages: { where: { status: "scheduled", plannedArrival: { not: null }, sequence: { not: null } }, select: { ...PASSAGE_FACTS_SELECT, sequence: true, orders: { where: ACTIVE_ORDER, select: { householdId: true } } } } },
  });
  const drafts: Draft[] = [];
  for (const tour of tours) {
    const estimates = estimateDelays(tour.passages.map((p) => ({ passageId: p.id, sequence: p.sequence!, plannedArrival: p.plannedArrival!, arrivedAt: p.arrivedAt })));
    const late = estimates.filter((e) => delayStep(e.delayMinutes) > 0);
    if (!late.length) continue;
    const sent = await db.notification.findMany({ where: { kind: "delay", passageId: { in: late.map((e) => e.passageId) } }, select: { dedupeKey: true } });
    const households = tour.passages.flatMap((p) => p.orders.map((o) => o.householdId));
    const addresses = await householdAddresses(db, households);
    for (const e of late) {
      const p = tour.passages.find((x) => x.id === e.passageId)!;
      const step = delayStep(e.delayMinutes);
      for (const { householdId } of p.orders) {
        for (const a of addresses.get(householdId) ?? []) {
          const base = householdKey("delay", `p:${p.id}`, a);
          // Once per step, and never a smaller delay after a larger one was told.
          if (sent.some((s) => s.dedupeKey.startsWith(`${base}:s`) && Number(s.dedupeKey.slice(base.length + 2)) >= step)) continue;
          const { subject, body } = await passageMessageText(text, "delay", p, a, { retard: String(roundedDelay(e.delayMinutes)), heure: whenText(p, a.locale, e.expectedArrival) });
          drafts.push({ organisationId: p.organisationId, kind: "delay", channel: a.channel, dedupeKey: `${base}:s${step}`, householdId, passageId: p.id,
            address: a.address, locale: a.locale, subject, body, dueAt: now, urgent: true });
        }
      }
    }
  }
  return drafts;
}
