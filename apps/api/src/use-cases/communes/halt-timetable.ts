/**
 * The coming dates of halts, as a host or a passer-by reads them: the passages already planned
 * (their published window), then the round's usual timetable for the weeks not planned yet
 * (`fromTimetable`), skipping the dates the round or the halt does not run.
 */
import type { HaltDate } from "@tournee/domain";
import { addDays, compareDates, localDateOf, occurrences, zonedToInstant, type IsoWeekday } from "@tournee/domain/calendar";
import { dbDate, isoDate } from "../../db/db-date.js";
import type { Services } from "../../services.js";

export interface TimetableOptions {
  /** How far ahead, in days. */
  days?: number;
  /** How many dates per halt at most. */
  perHalt?: number;
}

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

export async function haltTimetable(services: Services, stopIds: readonly string[], { days = 35, perHalt = 4 }: TimetableOptions = {}): Promise<Map<string, HaltDate[]>> {
  const prisma = services.db.prisma;
  const now = services.now();
  const today = localDateOf(now);
  const until = addDays(today, days);
  const [passages, templateHalts] = await Promise.all([
    prisma.passage.findMany({
      where: { stopId: { in: [...stopIds] }, date: { gte: dbDate(today), lte: dbDate(until) } },
      select: { stopId: true, organisationId: true, date: true, status: true, windowStart: true, windowEnd: true, template: { select: { name: true } } },
    }),
    prisma.tourTemplateHalt.findMany({
      where: { stopId: { in: [...stopIds] }, template: { active: true } },
      select: { stopId: true, arrivalMinute: true, dwellMinutes: true, template: { select: { name: true, organisationId: true, weekday: true, everyWeeks: true, startDate: true, endDate: true, exceptions: { where: { date: { gte: dbDate(today), lte: dbDate(until) } }, select: { date: true, stopId: true } }, organisation: { select: { timeZone: true } } } } },
    }),
  ]);
  const byStop = new Map<string, HaltDate[]>(stopIds.map((id) => [id, []]));
  const planned = new Set(passages.map((p) => `${p.stopId} ${p.organisationId} ${isoDate(p.date)}`));
  for (const p of passages) {
    if (p.status !== "scheduled" || p.windowEnd <= now) continue;
    byStop.get(p.stopId)!.push({ date: isoDate(p.date), windowStart: p.windowStart.toISOString(), windowEnd: p.windowEnd.toISOString(), round: p.template?.name ?? null, fromTimetable: false });
  }
  for (const halt of templateHalts) {
    const t = halt.template;
    const end = t.endDate && compareDates(isoDate(t.endDate), until) < 0 ? isoDate(t.endDate) : until;
    if (compareDates(end, today) < 0) continue;
    const skipped = new Set(t.exceptions.filter((e) => !e.stopId || e.stopId === halt.stopId).map((e) => isoDate(e.date)));
    const dates = occurrences({ weekday: t.weekday as IsoWeekday, everyWeeks: t.everyWeeks, startDate: isoDate(t.startDate) }, today, end);
    for (const date of dates) {
      if (skipped.has(date) || planned.has(`${halt.stopId} ${t.organisationId} ${date}`)) continue;
      const start = zonedToInstant(date, hhmm(halt.arrivalMinute), t.organisation.timeZone);
      const finish = new Date(start.getTime() + halt.dwellMinutes * 60_000);
      if (finish <= now) continue;
      byStop.get(halt.stopId)!.push({ date, windowStart: start.toISOString(), windowEnd: finish.toISOString(), round: t.name, fromTimetable: true });
    }
  }
  for (const [id, dates] of byStop) byStop.set(id, dates.sort((a, b) => a.windowStart.localeCompare(b.windowStart)).slice(0, perHalt));
  return byStop;
}
