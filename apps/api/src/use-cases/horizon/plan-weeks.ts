/**
 * One plan of several weeks, from the database to a proposal: build the periodic problem, solve it
 * in a worker thread, then write each day's plan in a transaction that is rolled back after reading
 * it as rows (as a re-plan of a published day does), so nothing changes until the coordinator
 * publishes. The result says, per week and day, what is planned, which published times would move
 * and which stops are left out, and when each household served at home at a rhythm is visited.
 */
import { addDays } from "@tournee/domain/calendar";
import type { HorizonResult } from "@tournee/domain";
import type { Solution } from "@tournee/solver";
import type { Services } from "../../services.js";
import { planFingerprint, readDayPlan, type DayPlan } from "../planning/day-plan.js";
import { routeGeometry } from "../planning/day-matrix.js";
import type { PlanningPhase } from "../planning/plan-day.js";
import { leftOutStops } from "../planning/plan-figures.js";
import { storePlan, type RouteExtras } from "../planning/store-plan.js";
import { timesProvenance } from "../planning/times-provenance.js";
import { buildHorizon, type BuiltHorizon } from "./horizon-problem.js";
import { solveHorizonInWorker } from "./solve-horizon.js";

export interface WeeksProposal {
  /** Each day's plan to write when published, and the live plan's fingerprint it was computed against. */
  days: { date: string; fingerprint: string; plan: DayPlan }[];
}

export interface PlanWeeksOptions {
  organisationId: string;
  date: string;
  weeks: number;
  toleranceMinutes: number;
  sameDriverMinutes: number;
  job?: { id: string };
  signal?: AbortSignal;
  onPhase?: (phase: PlanningPhase, stops: number) => void;
}

class DryRun extends Error {}

export async function planWeeks(services: Services, options: PlanWeeksOptions): Promise<{ result: HorizonResult; proposal: WeeksProposal }> {
  const t0 = performance.now();
  const to = addDays(options.date, options.weeks * 7 - 1);
  options.onPhase?.("reading", 0);
  const built = await buildHorizon(services, { ...options, from: options.date, to });
  const stops = built.facts.size;
  const read = performance.now();
  options.onPhase?.("solving", stops);
  const plan = await solveHorizonInWorker(built.problem, { ...(options.signal ? { signal: options.signal } : {}) });
  const solved = performance.now();
  options.onPhase?.("storing", stops);
  const proposal: WeeksProposal = { days: [] };
  const days: HorizonResult["days"] = [];
  for (const d of built.days) {
    const base = { date: d.date, week: d.week, status: d.status, published: d.published };
    const solution = plan.days.find((x) => x.date === d.date)?.solution;
    if (d.status !== "planned" || !solution) {
      days.push({ ...base, rounds: [], leftOut: [] });
      continue;
    }
    const dayPlan = await dryRun(services, options, built, d.day!, passageSolution(built, d.date, solution));
    const live = await readDayPlan(services.db.prisma, options.organisationId, d.date);
    proposal.days.push({ date: d.date, fingerprint: planFingerprint(live), plan: dayPlan });
    days.push({
      ...base,
      rounds: dayPlan.tours.map((t) => {
        const mine = dayPlan.passages.filter((p) => p.vehicleId === t.vehicleId);
        return {
          vehicle: { id: t.vehicleId, name: t.vehicleName }, driver: t.driverId ? { id: t.driverId, displayName: t.driverName ?? "" } : null,
          halts: mine.filter((p) => p.kind === "halt").length, homeDrops: mine.filter((p) => p.kind === "home_drop").length,
          departure: t.plannedStartAt, return: t.plannedEndAt, distanceM: t.plannedDistanceM ?? 0,
        };
      }),
      // Home drops of a household at a rhythm on a day not chosen for it are not visits: not left out.
      leftOut: leftOutStops(dayPlan).filter((s) => s.reason !== "no_order"),
    });
  }
  const { moves, haltsOnTime } = timesThatMove(built, proposal);
  return {
    proposal,
    result: {
      outcome: "awaiting_publication", from: options.date, to, provider: built.matrix.provider, days, moves, haltsOnTime,
      homeDrops: rhythms(built, proposal), sameDriverShare: plan.summary.sameDriverShare, warnings: built.warnings, cost: plan.summary.cost,
      timingsMs: { read: Math.round(read - t0), solve: Math.round(solved - read), store: Math.round(performance.now() - solved) },
    },
  };
}

/** The day's solution in passage ids: halts and home drops at a rhythm are planned by stop, orders at home by passage. */
function passageSolution(built: BuiltHorizon, date: string, solution: Solution): Solution {
  const id = <T extends string | number | undefined>(x: T): T => (x === undefined || built.facts.has(String(x)) ? x : ((built.passageOf(String(x), date) ?? x) as T));
  return {
    ...solution,
    routes: solution.routes.map((r) => ({ ...r, steps: r.steps.map((s) => ({ ...s, id: id(s.id) })) })),
    unassigned: solution.unassigned.map((u) => ({ ...u, id: id(u.id) })),
  };
}

/** Writes the day's plan in a transaction rolled back after reading it as rows; home drops visited at their household's rhythm are marked so. */
async function dryRun(services: Services, options: PlanWeeksOptions, built: BuiltHorizon, day: NonNullable<BuiltHorizon["days"][number]["day"]>, solution: Solution): Promise<DayPlan> {
  const extras = new Map<string, RouteExtras>();
  for (const route of solution.routes) {
    const locations = route.steps.flatMap((s) => (s.location === undefined ? [] : [s.location]));
    const line = await routeGeometry(services, options.organisationId, locations.map((l) => built.places[l]!));
    extras.set(String(route.vehicle), { polyline6: line.polyline6, geometryProvider: line.provider, ...timesProvenance(built.matrix, locations) });
  }
  const visited = new Set(solution.routes.flatMap((r) => r.steps.map((s) => String(s.id))));
  // A home drop with an order is planned for its order; the others visited are the household's rhythm.
  const atRhythm = day.passages.filter((p) => built.facts.get(p.passageId)?.household?.frequency && !built.facts.get(p.passageId)?.ordered);
  let plan: DayPlan | undefined;
  await storePlan(services, options.job, day, built.steps, solution, extras, async (tx) => {
    await tx.passage.updateMany({ where: { id: { in: atRhythm.map((p) => p.passageId) } }, data: { regularVisit: false } });
    await tx.passage.updateMany({ where: { id: { in: atRhythm.filter((p) => visited.has(p.passageId)).map((p) => p.passageId) } }, data: { regularVisit: true } });
    plan = await readDayPlan(tx, options.organisationId, day.date);
    throw new DryRun();
  }).catch((error: unknown) => {
    if (!(error instanceof DryRun)) throw error;
  });
  return plan!;
}

const minutesBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / 60_000);

/** Halts planned away from the time residents were told (each one listed), and those kept at it. */
function timesThatMove(built: BuiltHorizon, proposal: WeeksProposal): Pick<HorizonResult, "moves" | "haltsOnTime"> {
  const moves: HorizonResult["moves"] = [];
  let haltsOnTime = 0;
  for (const { date, plan } of proposal.days)
    for (const p of plan.passages) {
      const told = built.facts.get(p.id)?.told;
      if (p.kind !== "halt" || !p.vehicleId || !p.plannedArrival || !told) continue;
      const minutes = minutesBetween(told, new Date(p.plannedArrival));
      if (minutes === 0) haltsOnTime++;
      else moves.push({ passageId: p.id, date, stopName: p.stopName, city: p.city, published: told.toISOString(), planned: p.plannedArrival, minutes });
    }
  return { moves, haltsOnTime };
}

/** For each household served at home at a rhythm: the dates it is visited (its rhythm or an order) and by whom. */
function rhythms(built: BuiltHorizon, proposal: WeeksProposal): HorizonResult["homeDrops"] {
  const households = new Map<string, { household: { id: string; name: string }; frequency: "weekly" | "fortnightly" | "monthly"; dates: string[]; orderDates: string[]; drivers: Set<string> }>();
  for (const f of built.facts.values()) {
    if (f.household?.frequency && !households.has(f.household.id)) households.set(f.household.id, { household: { id: f.household.id, name: f.household.name }, frequency: f.household.frequency, dates: [], orderDates: [], drivers: new Set() });
  }
  for (const { date, plan: day } of proposal.days)
    for (const p of day.passages) {
      const facts = built.facts.get(p.id);
      const entry = p.vehicleId ? households.get(facts?.household?.id ?? "") : undefined;
      if (!entry) continue;
      (facts!.ordered ? entry.orderDates : entry.dates).push(date);
      const driver = day.tours.find((t) => t.vehicleId === p.vehicleId)?.driverName;
      if (driver) entry.drivers.add(driver);
    }
  return [...households.values()].map((h) => ({ ...h, dates: [...new Set(h.dates)].sort(), orderDates: [...new Set(h.orderDates)].sort(), drivers: [...h.drivers] })).sort((a, b) => a.household.name.localeCompare(b.household.name));
}
