/**
 * What a round under way raises, pushed to the devices where coordinators allowed notifications
 * (no e-mail: the daily digest carries these too): a wellbeing concern a driver flagged, once per
 * concern and device, on devices that allowed notifications before it came; a round running late
 * by more than 15 minutes, once per quarter of an hour the delay grows into. The words name the
 * driver and the commune, never the household nor the concern: a lock screen is not private.
 */
import { localDateOf } from "@tournee/domain/calendar";
import { delayStep } from "@tournee/notify/schedule";
import { formatTime } from "@tournee/notify/templates";
import { dbDate } from "../../db/db-date.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { Draft } from "./drafts.js";
import type { TextSource } from "./message-text.js";
import { STAFF_SELECT, staffDrafts } from "./plan-staff-messages.js";
import { localeOf } from "./recipients.js";
import { roundDelay } from "./round-delay.js";

/** Concerns older than this are in the coordinator's digest and live screen, not news for a device. */
const FRESH_ALERT_MS = 6 * 3600_000;

function coordinatorsOf(db: Prisma.TransactionClient, organisationIds: string[]) {
  return db.membership.findMany({
    where: { role: "coordinator", organisationId: { in: organisationIds }, user: { disabledAt: null, pushSubscriptions: { some: {} } } },
    select: { organisationId: true, user: { select: STAFF_SELECT } },
  });
}

export async function planWellbeingPushes(db: Prisma.TransactionClient, text: TextSource, now: Date): Promise<Draft[]> {
  const alerts = await db.wellbeingAlert.findMany({
    where: { status: "open", receivedAt: { gte: new Date(now.getTime() - FRESH_ALERT_MS), lte: now } },
    select: { id: true, organisationId: true, receivedAt: true, deviceTime: true, raisedBy: { select: { displayName: true } }, household: { select: { city: true } },
      passage: { select: { stop: { select: { city: true } } } }, organisation: { select: { timeZone: true } } },
  });
  if (!alerts.length) return [];
  const coordinators = await coordinatorsOf(db, [...new Set(alerts.map((a) => a.organisationId))]);
  const drafts: Draft[] = [];
  for (const a of alerts) {
    for (const { user } of coordinators.filter((c) => c.organisationId === a.organisationId)) {
      const devices = { ...user, pushSubscriptions: user.pushSubscriptions.filter((s) => s.createdAt <= a.receivedAt) };
      const locale = localeOf(user.locale);
      drafts.push(...(await staffDrafts(text, devices, a.organisationId, "wellbeing_alert", `a:${a.id}`, now, {
        chauffeur: a.raisedBy.displayName, commune: a.passage?.stop.city ?? a.household.city, moment: formatTime(a.deviceTime, locale, a.organisation.timeZone),
      }, "push")));
    }
  }
  return drafts;
}

export async function planLateRoundPushes(db: Prisma.TransactionClient, text: TextSource, now: Date): Promise<Draft[]> {
  const tours = await db.tour.findMany({
    where: { status: "in_progress", date: { gte: dbDate(localDateOf(now)) } },
    select: { id: true, status: true, organisationId: true, driver: { select: { displayName: true } }, vehicle: { select: { name: true } },
      passages: { select: { id: true, sequence: true, plannedArrival: true, arrivedAt: true } } },
  });
  const late = tours.flatMap((t) => {
    const delay = roundDelay(t.status, t.passages);
    return delay ? [{ tour: t, minutes: delay.minutes }] : [];
  });
  if (!late.length) return [];
  const coordinators = await coordinatorsOf(db, [...new Set(late.map((l) => l.tour.organisationId))]);
  const drafts: Draft[] = [];
  for (const { tour, minutes } of late) {
    for (const { user } of coordinators.filter((c) => c.organisationId === tour.organisationId)) {
      drafts.push(...(await staffDrafts(text, user, tour.organisationId, "round_late", `t:${tour.id}:s${delayStep(minutes)}`, now, {
        chauffeur: tour.driver?.displayName ?? "—", vehicule: tour.vehicle?.name ?? "—", retard: String(minutes),
      }, "push")));
    }
  }
  return drafts;
}
