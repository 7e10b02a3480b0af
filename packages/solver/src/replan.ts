import { solveSync } from "./solve.js";
import type { Id, Job, Lock, PlannedRoute, Problem, Shipment, Solution, SolveOptions, TimeWindow, Vehicle } from "./types.js";
import { ProblemError, validateProblem } from "./validate.js";
import { holdWithin } from "./windows.js";

/** What happened since a plan was made, for re-planning the rest of the day. */
export interface ReplanInput {
  /** The plan being driven, in order (from solve, or from the stored rounds). */
  routes: PlannedRoute[];
  /**
   * Where vehicles are: the last known position (a matrix index, e.g. the last synced stop) and
   * its time, and the steps done so far (job, shipment-step and break ids). A vehicle not listed
   * has not left its start.
   */
  positions?: { vehicle: Id; location: number; time: number; done: Id[] }[];
  /** Vehicles that cannot go on (a breakdown, a driver gone home): their remaining stops go to the others. */
  unavailable?: Id[];
  /** Jobs that keep their vehicle and their place at the head of its remaining route, in baseline order (the next stops drivers were told). */
  keep?: Id[];
  /** Published times that must hold: the job (or shipment step) starts at `time` or at most `tolerance` later, never earlier. */
  published?: { id: Id; time: number; tolerance: number }[];
  /** Minimal change (see Baseline): cost of moving a job to another vehicle, and of changing its predecessor. */
  vehicleChange?: number;
  orderChange?: number;
}

export interface ReplanProblem {
  /** The rest of the day as a problem: done steps removed, vehicles starting where they are. */
  problem: Problem;
  /** Locks (kept stops, goods on board) and the baseline, to pass to solve. */
  options: Pick<SolveOptions, "locks" | "baseline">;
  /** Deliveries whose goods were on a vehicle that cannot go on: they are not in the problem. */
  stranded: Id[];
}

/**
 * Builds the problem of what remains of a day. Done steps leave the problem; a shipment picked up
 * but not delivered becomes a job locked to its vehicle, its goods on board from the start;
 * vehicles start at their last known position, not before its time, without the breaks they took
 * or can no longer take; unavailable vehicles leave with nothing; published times become hard
 * windows; kept stops are locked at the head of their routes; the plan being driven is the
 * baseline, so the new plan changes as little as it can.
 */
export function replanProblem(problem: Problem, input: ReplanInput): ReplanProblem {
  validateProblem(problem);
  const done = new Set((input.positions ?? []).flatMap((p) => p.done.map(String)));
  const unavailable = new Set((input.unavailable ?? []).map(String));
  const routeOf = new Map<string, Id>();
  for (const r of input.routes) for (const id of r.steps) routeOf.set(String(id), r.vehicle);
  const published = new Map((input.published ?? []).map((p) => [String(p.id), p]));
  const windows = (id: Id, tws: TimeWindow[] | undefined): TimeWindow[] | undefined => {
    const p = published.get(String(id));
    if (!p) return tws;
    return holdWithin(tws, [p.time, p.time + p.tolerance]);
  };
  const jobs: Job[] = (problem.jobs ?? []).filter((j) => !done.has(String(j.id))).map((j) => ({ ...j, timeWindows: windows(j.id, j.timeWindows) }));
  const locks: Lock[] = [];
  const stranded: Id[] = [];
  const shipments = (problem.shipments ?? []).flatMap((s) => {
    const picked = done.has(String(s.pickup.id));
    if (picked && done.has(String(s.delivery.id))) return [];
    if (!picked) return [{ ...s, pickup: { ...s.pickup, timeWindows: windows(s.pickup.id, s.pickup.timeWindows) }, delivery: { ...s.delivery, timeWindows: windows(s.delivery.id, s.delivery.timeWindows) } }];
    // On board: delivered by the vehicle that picked it up, loaded from its new start.
    const vehicle = routeOf.get(String(s.pickup.id));
    if (vehicle === undefined || unavailable.has(String(vehicle))) {
      stranded.push(s.delivery.id);
      return [];
    }
    const d = s.delivery;
    jobs.push({ id: d.id, location: d.location, service: d.service, setup: d.setup, timeWindows: windows(d.id, d.timeWindows), delivery: onBoard(s), skills: s.skills, priority: s.priority });
    locks.push({ job: d.id, vehicle });
    return [];
  });
  const positions = new Map((input.positions ?? []).map((p) => [String(p.vehicle), p]));
  const vehicles: Vehicle[] = problem.vehicles.filter((v) => !unavailable.has(String(v.id))).map((v) => {
    const at = positions.get(String(v.id));
    if (!at) return v;
    const end = v.timeWindow?.[1] ?? 1e15;
    const start = Math.min(Math.max(at.time, v.timeWindow?.[0] ?? 0), end);
    const breaks = (v.breaks ?? []).filter((b) => !done.has(String(b.id)) && b.timeWindows.some(([, end]) => end >= start));
    return { ...v, start: at.location, timeWindow: [start, end] as TimeWindow, breaks };
  });
  if (vehicles.length === 0) throw new ProblemError("unavailable", "every vehicle is unavailable: nothing can be re-planned");
  const remaining: PlannedRoute[] = input.routes
    .filter((r) => !unavailable.has(String(r.vehicle)))
    .map((r) => ({ vehicle: r.vehicle, steps: r.steps.filter((id) => !done.has(String(id))) }));
  const keep = new Set((input.keep ?? []).map(String));
  for (const r of remaining) {
    let position = locks.filter((l) => String(l.vehicle) === String(r.vehicle) && l.position !== undefined).length;
    for (const id of r.steps) {
      if (!keep.has(String(id)) || !jobs.some((j) => String(j.id) === String(id))) break;
      locks.push({ job: id, vehicle: r.vehicle, position: position++ });
    }
  }
  return {
    problem: { ...problem, jobs, shipments, vehicles },
    options: { locks, baseline: { routes: remaining, ...(input.vehicleChange !== undefined ? { vehicleChange: input.vehicleChange } : {}), ...(input.orderChange !== undefined ? { orderChange: input.orderChange } : {}) } },
    stranded,
  };
}

/** Re-plans the rest of a day (see replanProblem) and solves it; the solution covers what remains. */
export function replan(problem: Problem, input: ReplanInput, options: SolveOptions = {}): Solution & { stranded: Id[] } {
  const built = replanProblem(problem, input);
  const solution = solveSync(built.problem, { ...options, locks: [...built.options.locks!, ...(options.locks ?? [])], baseline: built.options.baseline });
  return { ...solution, stranded: built.stranded };
}

/** What a shipment already picked up still has to drop: its amount and the goods that came with it from the depot. */
function onBoard(s: Shipment): number[] | undefined {
  if (!s.depotLoad) return s.amount;
  return Array.from({ length: Math.max(s.amount?.length ?? 0, s.depotLoad.length) }, (_, k) => (s.amount?.[k] ?? 0) + (s.depotLoad?.[k] ?? 0));
}
