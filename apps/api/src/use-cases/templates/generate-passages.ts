/**
 * The passages of a template's coming dates, from its published timetable. Idempotent: a passage
 * already there (same stop, date and organisation) is kept as it is. Exception dates and skipped
 * halts get no passage; one generated earlier is marked `skipped`.
 *
 * Window choice: residents rely on the published arrival, so service must start between
 * 10 minutes before and 15 minutes after it (the demo seed uses the same window).
 *
 * Home drops: on each date, every household of the organisation that needs a home drop and is
 * available that weekday gets a passage at its door, within its first window of the day. When
 * two rounds run on the same weekday, the first one generated serves it.
 */
import { cutoffFor, daysBetween, occurrences, weekdayOf, zonedToInstant, type IsoWeekday } from "@tournee/domain/calendar";
import type { Actor } from "../../auth/actor.js";
import { ApiError } from "../../http/errors.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { Services } from "../../services.js";
import { reconcileCarried } from "../amap/reconcile-baskets.js";
import { TRANSACTION_OPTIONS } from "../orders/save-order.js";
import { recordAudit } from "../record-audit.js";
import { dbDate, isoDate, timeOfMinute } from "../planning/coordinated-organisation.js";
import { findTemplate } from "./list-templates.js";

export const WINDOW_EARLY_MINUTES = 10;
export const WINDOW_LATE_MINUTES = 15;
export const HOME_DROP_DWELL_MINUTES = 10;
const MAX_DAYS = 26 * 7;

export async function generatePassages({ services, actor, id, from, to }: { services: Services; actor: Actor; id: string; from: string; to: string }) {
  if (daysBetween(from, to) < 0 || daysBetween(from, to) > MAX_DAYS) {
    throw new ApiError("validation_failed", `give a period from 'from' to 'to' of at most ${MAX_DAYS} days, 'from' first`, [{ in: "body", path: "to", message: "period out of range" }]);
  }
  const template = await findTemplate(services, actor, id);
  const organisation = await services.db.prisma.organisation.findUniqueOrThrow({ where: { id: template.organisationId } });
  const wholeDays = template.exceptions.filter((e) => !e.stopId);
  const end = template.endDate && isoDate(template.endDate) < to ? isoDate(template.endDate) : to;
  const dates = !template.active || end < from ? [] : occurrences(
    { weekday: template.weekday as IsoWeekday, everyWeeks: template.everyWeeks, startDate: isoDate(template.startDate), exceptionDates: wholeDays.map((e) => isoDate(e.date)) },
    from, end,
  );
  const skipped = template.exceptions
    .filter((e) => isoDate(e.date) >= from && isoDate(e.date) <= to)
    .map((e) => ({ date: isoDate(e.date), stopId: e.stopId, reason: e.reason }));
  const isSkipped = (date: string, stopId: string) => skipped.some((s) => s.date === date && s.stopId === stopId);
  const rule = { daysBefore: organisation.cutoffDaysBefore, time: timeOfMinute(organisation.cutoffMinute) };
  const rows: Prisma.PassageCreateManyInput[] = dates.flatMap((date) =>
    template.halts.filter((h) => !isSkipped(date, h.stopId)).map((h) => ({
      organisationId: template.organisationId, stopId: h.stopId, date: dbDate(date), templateId: template.id, templateHaltId: h.id, dwellMinutes: h.dwellMinutes,
      windowStart: zonedToInstant(date, timeOfMinute(h.arrivalMinute - WINDOW_EARLY_MINUTES), organisation.timeZone),
      windowEnd: zonedToInstant(date, timeOfMinute(h.arrivalMinute + WINDOW_LATE_MINUTES), organisation.timeZone),
      cutoffAt: cutoffFor(date, rule, organisation.timeZone),
    })),
  );
  const homeDrops = await services.db.prisma.stop.findMany({
    where: { organisationId: template.organisationId, kind: "home_drop", archivedAt: null, household: { mobility: "needs_home_drop", archivedAt: null } },
    include: { household: true },
  });
  for (const date of dates) {
    const weekday = weekdayOf(date);
    for (const stop of homeDrops) {
      const windows = (Array.isArray(stop.household?.homeAvailability) ? stop.household.homeAvailability : []) as { weekday: number; from: number; to: number }[];
      const window = windows.filter((w) => w.weekday === weekday).sort((a, b) => a.from - b.from)[0];
      if (!window || isSkipped(date, stop.id)) continue;
      rows.push({
        organisationId: template.organisationId, stopId: stop.id, date: dbDate(date), templateId: template.id, dwellMinutes: HOME_DROP_DWELL_MINUTES,
        windowStart: zonedToInstant(date, timeOfMinute(window.from), organisation.timeZone),
        windowEnd: zonedToInstant(date, timeOfMinute(window.to), organisation.timeZone),
        cutoffAt: cutoffFor(date, rule, organisation.timeZone),
      });
    }
  }
  const created = await services.db.prisma.$transaction(async (tx) => {
    const result = rows.length ? await tx.passage.createMany({ data: rows, skipDuplicates: true }) : { count: 0 };
    for (const s of skipped) {
      const where = s.stopId ? { stopId: s.stopId } : { templateId: template.id };
      await tx.passage.updateMany({ where: { ...where, organisationId: template.organisationId, date: dbDate(s.date), status: "scheduled", orders: { none: { status: { not: "cancelled" } } } }, data: { status: "skipped" } });
    }
    await recordAudit(tx, { actor, organisationId: template.organisationId, action: "generate-passages", entity: "TourTemplate", entityId: template.id, changes: { from, to, created: result.count } });
    // AMAP members' baskets ride on the new passages of their halts.
    if (result.count) await reconcileCarried(tx, template.organisationId, services.now(), actor);
    return result.count;
  }, TRANSACTION_OPTIONS);
  return { dates, created, existing: rows.length - created, skipped };
}

