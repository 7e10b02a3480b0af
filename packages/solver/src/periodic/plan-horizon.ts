import { solveSync } from "../solve.js";
import type { Id, Job, PlannedRoute, Problem, TimeWindow } from "../types.js";
import { ProblemError } from "../validate.js";
import { holdWithin } from "../windows.js";
import { choosePatterns } from "./patterns.js";
import type { Halt, HorizonOptions, HorizonProblem, HorizonSolution } from "./types.js";

const key = (halt: Id, weekday: number) => `${String(halt)}|${weekday}`;

/**
 * The halt's window on a day: from its timetable time to `tolerance` later (never earlier:
 * residents come at the time they were told), inside the place's own windows.
 */
function haltWindows(halt: Halt, time: number | undefined): TimeWindow[] | undefined {
  if (time === undefined) return halt.timeWindows;
  return holdWithin(halt.timeWindows, [time, time + (halt.tolerance ?? 900)]);
}

function checkHorizon(h: HorizonProblem): void {
  if (!Array.isArray(h.days) || h.days.length === 0) throw new ProblemError("days", "must list at least one day");
  h.days.forEach((d, i) => {
    if (!Number.isInteger(d.weekday) || d.weekday < 1 || d.weekday > 7) throw new ProblemError(`days[${i}].weekday`, "must be 1 (Monday) to 7 (Sunday)");
    if (!Number.isInteger(d.week) || d.week < 0) throw new ProblemError(`days[${i}].week`, "must be a week index from 0");
  });
  const ids = new Set<string>();
  for (const [path, list] of [["halts", h.halts ?? []], ["homeDrops", h.homeDrops ?? []]] as const)
    list.forEach((x, i) => {
      if (ids.has(String(x.id))) throw new ProblemError(`${path}[${i}].id`, `id ${String(x.id)} is used twice`);
      ids.add(String(x.id));
    });
}

/**
 * Plans a horizon of days: chooses each home drop's days (patterns.ts), then routes the days in
 * order. Halts keep a timetable: the published one, or for a weekday without one, the time
 * planned in its first week; later passages start at that time or at most the halt's tolerance
 * later, never earlier (a hard window), and every planned move is listed. A household served by a driver prefers that driver
 * on later days (a soft cost). Each weekday starts from the previous week's routes of that
 * weekday, so weeks stay alike. See the solver's README for the model and its limits.
 */
export function planHorizon(h: HorizonProblem, options: HorizonOptions = {}): HorizonSolution {
  const t0 = performance.now();
  checkHorizon(h);
  const patterns = choosePatterns(h);
  const weight = h.sameDriver?.weight ?? 1800;
  const timetable = new Map<string, { time: number; published: boolean }>();
  for (const halt of h.halts ?? []) for (const t of halt.timetable ?? []) timetable.set(key(halt.id, t.weekday), { time: t.time, published: true });
  const driverOf = new Map<Id, Id>();
  const lastWeek = new Map<number, PlannedRoute[]>();
  const out: HorizonSolution = { days: [], visits: [], timetable: [], moves: [], patterns: [], unassigned: [], summary: { days: h.days.length, visits: 0, served: 0, distance: 0, cost: 0, sameDriverShare: 1, runtimeMs: 0 } };
  let drops = 0;
  let sameDriver = 0;
  for (const drop of h.homeDrops ?? []) {
    const p = patterns.get(drop.id);
    if (p) out.patterns.push({ homeDrop: drop.id, weekday: p.weekday, weeks: p.days.map((d) => h.days[d]!.week) });
    else out.unassigned.push({ id: drop.id, date: h.days[0]!.date, reason: "no day of the horizon has a vehicle", reasons: [{ kind: "working-hours", alone: true, vehicles: [], message: "no day of the horizon has a vehicle" }] });
  }
  /** Counts a passage at a household's home: the first driver becomes its usual one. */
  const servedBy = (household: Id, driver: Id | undefined, served: number, same: number): [number, number] => {
    const usual = driverOf.get(household);
    if (usual === undefined && driver !== undefined) driverOf.set(household, driver);
    return [served + 1, same + (usual === undefined || String(usual) === String(driver) ? 1 : 0)];
  };
  h.days.forEach((day, index) => {
    if (options.signal?.aborted) return;
    const halts = (h.halts ?? []).filter((x) => x.weekdays.includes(day.weekday) && (!x.dates || x.dates.includes(day.date)));
    const servedAtDoor = new Set(halts.flatMap((x) => (x.household === undefined ? [] : [String(x.household)])));
    const homeDrops = (h.homeDrops ?? []).filter((x) => patterns.get(x.id)?.days.includes(index) && !servedAtDoor.has(String(x.household)));
    const driverVehicle = new Map(day.vehicles.filter((v) => v.driver !== undefined).map((v) => [String(v.driver), v.id]));
    // A household's usual driver: the vehicle that driver takes today, preferred at a cost.
    const usualVehicle = (household: Id | undefined) => {
      const driver = household === undefined ? undefined : driverOf.get(household);
      const vehicle = driver === undefined ? undefined : driverVehicle.get(String(driver));
      return vehicle === undefined ? {} : { preference: { vehicle, cost: weight } };
    };
    const jobs: Job[] = [
      ...halts.map((x): Job => ({ id: x.id, location: x.location, service: x.service, delivery: x.delivery, skills: x.skills, priority: x.priority ?? 100, timeWindows: haltWindows(x, timetable.get(key(x.id, day.weekday))?.time), ...usualVehicle(x.household) })),
      ...homeDrops.map((x): Job => ({ id: x.id, location: x.location, service: x.service, delivery: x.delivery, skills: x.skills, priority: x.priority ?? 50, timeWindows: x.availability?.find((a) => a.weekday === day.weekday)?.timeWindows ?? x.timeWindows, ...usualVehicle(x.household) })),
    ];
    const problem: Problem = { version: 1, name: day.date, matrices: h.matrices, jobs, vehicles: day.vehicles.map(({ driver: _driver, ...v }) => v) };
    const known = new Set(jobs.map((j) => String(j.id)));
    const vehicles = new Set(problem.vehicles.map((v) => String(v.id)));
    const initial = (lastWeek.get(day.weekday) ?? []).filter((r) => vehicles.has(String(r.vehicle))).map((r) => ({ vehicle: r.vehicle, steps: r.steps.filter((id) => known.has(String(id))) }));
    const solution = problem.vehicles.length
      ? solveSync(problem, { iterationLimit: options.iterationsPerDay ?? 3000, ...(options.secondsPerDay ? { timeLimit: options.secondsPerDay } : {}), seed: options.seed ?? 1, initial, ...(options.signal ? { signal: options.signal } : {}) })
      : solveSync(problem, { iterationLimit: 0 });
    out.days.push({ date: day.date, problem, solution });
    lastWeek.set(day.weekday, solution.routes.map((r) => ({ vehicle: r.vehicle, steps: r.steps.filter((s) => s.type === "job").map((s) => s.id!) })));
    const driverOfVehicle = new Map(day.vehicles.map((v) => [String(v.id), v.driver]));
    for (const route of solution.routes)
      for (const step of route.steps) {
        if (step.type !== "job") continue;
        const driver = driverOfVehicle.get(String(route.vehicle));
        const halt = halts.find((x) => String(x.id) === String(step.id));
        out.visits.push({ id: step.id!, kind: halt ? "halt" : "home-drop", date: day.date, vehicle: route.vehicle, ...(driver !== undefined ? { driver } : {}), start: step.start });
        if (halt?.household !== undefined) {
          // A passage at a household's door: it is not on a timetable, and its driver counts as the household's.
          [drops, sameDriver] = servedBy(halt.household, driver, drops, sameDriver);
          continue;
        }
        if (halt) {
          const slot = timetable.get(key(halt.id, day.weekday));
          if (!slot) timetable.set(key(halt.id, day.weekday), { time: step.start, published: false });
          else if (step.start !== slot.time) out.moves.push({ halt: halt.id, date: day.date, timetable: slot.time, planned: step.start });
          continue;
        }
        const drop = homeDrops.find((x) => String(x.id) === String(step.id))!;
        [drops, sameDriver] = servedBy(drop.household, driver, drops, sameDriver);
      }
    for (const u of solution.unassigned) {
      out.visits.push({ id: u.id, kind: halts.some((x) => String(x.id) === String(u.id)) ? "halt" : "home-drop", date: day.date });
      out.unassigned.push({ id: u.id, date: day.date, reason: u.reason, reasons: u.reasons });
    }
    out.summary.distance += solution.summary.distance;
    out.summary.cost += solution.cost;
    options.onDay?.(index + 1, h.days.length);
  });
  for (const [k, slot] of timetable) {
    const [halt, weekday] = [k.slice(0, k.lastIndexOf("|")), Number(k.slice(k.lastIndexOf("|") + 1))];
    const id = (h.halts ?? []).find((x) => String(x.id) === halt)!.id;
    out.timetable.push({ halt: id, weekday, time: slot.time, published: slot.published });
  }
  out.summary.visits = out.visits.length;
  out.summary.served = out.visits.filter((v) => v.vehicle !== undefined).length;
  out.summary.sameDriverShare = drops ? sameDriver / drops : 1;
  out.summary.runtimeMs = Math.round(performance.now() - t0);
  return out;
}
