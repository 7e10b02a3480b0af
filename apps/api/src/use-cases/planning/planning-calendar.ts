/**
 * The planner's calendar: for each day of a period, its passages (halts, home drops), its
 * orders and its rounds by status, and the next day to plan from today on: the first day with
 * passages and no published round, or failing that the first day with passages.
 */
import type { PlanningCalendar, PlanningCalendarDay } from "@tournee/domain";
import { addDays, daysBetween, localDateOf } from "@tournee/domain/calendar";
import type { Actor } from "../../auth/actor.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { coordinatedOrganisation, dbDate, isoDate } from "./coordinated-organisation.js";

export const MAX_CALENDAR_DAYS = 92;
/** How far from today the next day to plan is looked for. */
const LOOK_AHEAD_DAYS = 62;

type Db = Services["db"]["prisma"];

async function daysOf(db: Db, organisationId: string, from: string, to: string): Promise<PlanningCalendarDay[]> {
  const range = { gte: dbDate(from), lte: dbDate(to) };
  const passages = await db.passage.findMany({ where: { organisationId, date: range, status: "scheduled" }, select: { date: true, stop: { select: { kind: true } } } });
  const orders = await db.order.findMany({ where: { organisationId, status: { not: "cancelled" }, passage: { date: range, status: "scheduled" } }, select: { passage: { select: { date: true } } } });
  const tours = await db.tour.findMany({ where: { organisationId, date: range }, select: { date: true, status: true } });
  const days = new Map<string, PlanningCalendarDay>();
  const day = (date: Date) => {
    const key = isoDate(date);
    if (!days.has(key)) days.set(key, { date: key, halts: 0, homeDrops: 0, orders: 0, rounds: { planned: 0, published: 0, started: 0 } });
    return days.get(key)!;
  };
  for (const p of passages) day(p.date)[p.stop.kind === "halt" ? "halts" : "homeDrops"]++;
  for (const o of orders) day(o.passage.date).orders++;
  for (const t of tours) {
    const rounds = day(t.date).rounds;
    if (t.status === "published") rounds.published++;
    else if (t.status === "in_progress" || t.status === "closed") rounds.started++;
    else rounds.planned++;
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export async function planningCalendar({ services, actor, from, to, organisationId }: { services: Services; actor: Actor; from: string; to: string; organisationId?: string | undefined }): Promise<PlanningCalendar> {
  if (daysBetween(from, to) >= MAX_CALENDAR_DAYS) {
    throw new ApiError("validation_failed", `ask for at most ${MAX_CALENDAR_DAYS} days at a time`, [{ in: "query", path: "to", message: `at most ${MAX_CALENDAR_DAYS - 1} days after from` }]);
  }
  const organisation = await coordinatedOrganisation(services, actor, organisationId);
  const db = services.db.prisma;
  const days = await daysOf(db, organisation.id, from, to);
  const today = localDateOf(services.now(), organisation.timeZone);
  const ahead = await daysOf(db, organisation.id, today, addDays(today, LOOK_AHEAD_DAYS));
  const withPassages = ahead.filter((d) => d.halts + d.homeDrops > 0);
  const toPlan = withPassages.find((d) => d.rounds.published + d.rounds.started === 0) ?? withPassages[0];
  return { days, nextToPlan: toPlan?.date ?? null };
}
