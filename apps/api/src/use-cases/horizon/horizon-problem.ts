/**
 * What a plan of several weeks works on, read from the database, and the solver's periodic
 * problem built from it (`planHorizon`, see the solver's README for the model):
 * - days: each date of the weeks with scheduled passages, its vehicles and drivers as a day's plan
 *   has them; a date whose round has started or is closed is left as it is;
 * - halts: one per stop, on its dates, at its published time (the round's timetable) or at most
 *   the coordinator's tolerance later, never earlier;
 * - home drops at a rhythm: one per household with a frequency, on its preferred days when
 *   someone is at home, in that day's windows;
 * - home drops with an order: a passage on its date (serving the household's rhythm that day).
 * Loads are what is ordered so far, bread and farm goods counted as loaded at the depot (weeks
 * ahead, orders are not in yet: each day is planned again with its orders before it goes out).
 */
import type { PlanningWarning } from "@tournee/domain";
import { daysBetween, weekdayOf } from "@tournee/domain/calendar";
import type { Halt, HomeDrop, HorizonProblem } from "@tournee/solver";
import type { Services } from "../../services.js";
import type { RoutingMatrix } from "@tournee/routing";
import { solverVehicle, withoutGaps, type StepRef } from "../planning/build-problem.js";
import { dbDate } from "../planning/coordinated-organisation.js";
import { dayMatrix } from "../planning/day-matrix.js";
import { NothingToPlan } from "../planning/plan-day.js";
import { routingWarning } from "../planning/planning-warnings.js";
import { loadPlanningDay, type DayPassage, type Place, type PlanningDay } from "../planning/planning-day.js";

export interface HorizonDayInput {
  date: string;
  week: number;
  status: "planned" | "started" | "no_vehicle";
  published: boolean;
  day: PlanningDay | null;
}

/** What the solver's ids stand for: halts are stop ids, home drops at a rhythm home-stop ids, ordered home drops passage ids. */
export interface PassageFacts {
  stopId: string;
  date: string;
  kind: "halt" | "home_drop";
  /** The time residents were told, or else the round's published time. */
  told: Date | null;
  household: { id: string; name: string; frequency: "weekly" | "fortnightly" | "monthly" | null } | null;
  ordered: boolean;
}

export interface BuiltHorizon {
  problem: HorizonProblem;
  days: HorizonDayInput[];
  facts: Map<string, PassageFacts>;
  /** The passage of a stop on a date. */
  passageOf: (stopId: string, date: string) => string | undefined;
  steps: Map<string, StepRef>;
  places: Place[];
  matrix: RoutingMatrix;
  warnings: PlanningWarning[];
}

const HOME_DROP_PRIORITY = 50;

export async function buildHorizon(services: Services, input: { organisationId: string; from: string; to: string; toleranceMinutes: number; sameDriverMinutes: number }): Promise<BuiltHorizon> {
  const prisma = services.db.prisma;
  const { organisationId, from, to } = input;
  const range = { gte: dbDate(from), lte: dbDate(to) };
  const dated = await prisma.passage.findMany({ where: { organisationId, date: range, status: "scheduled" }, select: { date: true }, distinct: ["date"], orderBy: { date: "asc" } });
  const tours = await prisma.tour.findMany({ where: { organisationId, date: range }, select: { date: true, status: true } });
  const days: HorizonDayInput[] = [];
  for (const { date: d } of dated) {
    const date = d.toISOString().slice(0, 10);
    const mine = tours.filter((t) => t.date.getTime() === d.getTime());
    const base = { date, week: Math.floor(daysBetween(from, date) / 7), published: mine.some((t) => t.status === "published") };
    if (mine.some((t) => t.status === "in_progress" || t.status === "closed")) {
      days.push({ ...base, status: "started", day: null });
      continue;
    }
    const day = await loadPlanningDay(services, organisationId, date, {}, { atRhythm: true });
    if (day.passages.length) days.push({ ...base, status: day.vehicles.length ? "planned" : "no_vehicle", day });
  }
  const planned = days.filter((d) => d.status === "planned");
  const ids = planned.flatMap((d) => d.day!.passages.map((p) => p.passageId));
  const rows = await prisma.passage.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, stopId: true, date: true, publishedArrival: true, templateHalt: { select: { arrivalMinute: true } },
      stop: { select: { kind: true, household: { select: { id: true, name: true, mobility: true, homeDropFrequency: true, homeDropDays: true, homeAvailability: true } } } },
    },
  });
  const row = new Map(rows.map((r) => [r.id, r]));
  const places = new Map<string, Place>();
  for (const d of planned) {
    for (const v of d.day!.vehicles) places.set(v.home.id, v.home);
    for (const p of d.day!.passages) places.set(row.get(p.passageId)!.stopId, { ...p, id: row.get(p.passageId)!.stopId });
  }
  const placeList = [...places.values()];
  const index = new Map(placeList.map((p, i) => [p.id, i]));
  const at = (id: string) => index.get(id)!;
  if (!planned.length) {
    const why = days.length ? "every day of these weeks has a round under way or closed, or no vehicle with a driver" : "no scheduled passage: add the rounds' timetables (tour templates) first";
    throw new NothingToPlan(`nothing to plan from ${from} to ${to}: ${why}`);
  }
  const matrix = await dayMatrix(services, organisationId, placeList);
  const steps = new Map<string, StepRef>();
  const facts = new Map<string, PassageFacts>();
  const passages = new Map<string, string>();
  const halts = new Map<string, Halt>();
  const homeDrops = new Map<string, HomeDrop>();
  const tolerance = input.toleranceMinutes * 60;

  for (const d of planned) {
    const day = d.day!;
    const weekday = weekdayOf(d.date);
    const secondsOf = (instant: Date) => Math.round((instant.getTime() - day.midnight.getTime()) / 1000);
    for (const p of day.passages) {
      const r = row.get(p.passageId)!;
      const household = r.stop.household;
      const frequency = household?.mobility === "needs_home_drop" ? household.homeDropFrequency : null;
      const timetable = r.templateHalt ? r.templateHalt.arrivalMinute * 60 : undefined;
      const told = r.publishedArrival ?? (timetable === undefined ? null : new Date(day.midnight.getTime() + timetable * 1000));
      facts.set(p.passageId, { stopId: r.stopId, date: d.date, kind: p.kind, told, household: household ? { id: household.id, name: household.name, frequency } : null, ordered: p.customers > 0 });
      passages.set(`${r.stopId}|${d.date}`, p.passageId);
      steps.set(p.passageId, { kind: "passage", passageId: p.passageId });
      const job = { location: at(r.stopId), service: p.serviceS, delivery: loadOf(p), skills: p.skills };
      if (p.kind === "halt") {
        const halt = halts.get(r.stopId) ?? { id: r.stopId, ...job, weekdays: [], dates: [], timetable: [], tolerance };
        halt.weekdays = [...new Set([...halt.weekdays, weekday])];
        halt.dates!.push(d.date);
        halt.service = Math.max(halt.service ?? 0, p.serviceS);
        halt.delivery = halt.delivery!.map((x, i) => Math.max(x, job.delivery[i] ?? 0));
        halt.skills = [...new Set([...(halt.skills ?? []), ...p.skills])];
        const published = timetable ?? (r.publishedArrival ? secondsOf(r.publishedArrival) : undefined);
        if (published !== undefined && !halt.timetable!.some((t) => t.weekday === weekday)) halt.timetable!.push({ weekday, time: published });
        halts.set(r.stopId, halt);
      } else if (p.customers > 0 || !frequency) {
        // An order at home on its date: a passage of its own, which serves the household's rhythm that day.
        halts.set(p.passageId, { id: p.passageId, ...job, weekdays: [weekday], dates: [d.date], timeWindows: [p.window], priority: HOME_DROP_PRIORITY, ...(household ? { household: household.id } : {}) });
      }
      if (p.kind === "home_drop" && frequency && household && !homeDrops.has(household.id)) {
        const windows = (Array.isArray(household.homeAvailability) ? household.homeAvailability : []) as { weekday: number; from: number; to: number }[];
        const availability = [1, 2, 3, 4, 5, 6, 7].map((w) => ({ weekday: w, timeWindows: windows.filter((x) => x.weekday === w).map((x) => [x.from * 60, x.to * 60] as [number, number]) }));
        homeDrops.set(household.id, {
          id: r.stopId, household: household.id, location: at(r.stopId), service: p.serviceS, delivery: [0, 0, 0, 0], skills: [], priority: HOME_DROP_PRIORITY,
          frequency, preferredDays: household.homeDropDays, ...(windows.length ? { availability } : { timeWindows: [p.window] }),
        });
      }
    }
  }
  const problem: HorizonProblem = {
    version: 1,
    matrices: { car: { durations: withoutGaps(matrix.durations), distances: withoutGaps(matrix.distances) } },
    days: planned.map((d) => ({ date: d.date, weekday: weekdayOf(d.date), week: d.week, vehicles: d.day!.vehicles.map((v) => ({ ...solverVehicle(v, at, steps), driver: v.driverId })) })),
    halts: [...halts.values()], homeDrops: [...homeDrops.values()], sameDriver: { weight: input.sameDriverMinutes * 60 },
  };
  const onDays = days.flatMap((d) => (d.day?.warnings ?? []).map((w) => ({ ...w, date: d.date })));
  const warnings = [...new Map([...onDays, ...matrix.warnings.map(routingWarning)].map((w) => [JSON.stringify(w), w])).values()];
  return { problem, days, facts, passageOf: (stopId, date) => passages.get(`${stopId}|${date}`), steps, places: placeList, matrix, warnings };
}

/** What a passage carries from the depot: its groceries, bread and farm goods (litres; hundredths of a crate). */
function loadOf(p: DayPassage): number[] {
  const out = [...p.delivery];
  for (const goods of p.farm.values()) goods.forEach((g, i) => (out[i]! += g));
  out[3] = (out[3] ?? 0) + [...p.bread.values()].reduce((a, b) => a + b, 0);
  return out;
}
