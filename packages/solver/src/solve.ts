import { buildModel, JOB, type Model } from "./model.js";
import { solutionOutput } from "./output.js";
import { PlanState } from "./plan-state.js";
import { anneal } from "./anneal.js";
import { balancePlan } from "./balance.js";
import { applyBaseline } from "./baseline.js";
import { defaultParams, Search, type SearchParams } from "./search.js";
import type { Id, Lock, PlannedRoute, Problem, Solution, SolveOptions } from "./types.js";
import { ProblemError, validateProblem } from "./validate.js";

/** Task index by step id (job ids, shipment pickup and delivery ids). */
export function taskIndex(m: Model): Map<string, number> {
  const map = new Map<string, number>();
  m.taskId.forEach((id, t) => map.set(String(id), t));
  return map;
}

function vehicleIndex(problem: Problem, id: Id, path: string): number {
  const vi = problem.vehicles.findIndex((v) => String(v.id) === String(id));
  if (vi < 0) throw new ProblemError(path, `unknown vehicle ${String(id)}`);
  return vi;
}

function applyLocks(problem: Problem, m: Model, s: PlanState, locks: Lock[]): void {
  const tasks = taskIndex(m);
  const T = m.nTasks;
  const prefix = new Map<number, number[]>();
  locks.forEach((lock, i) => {
    const path = `options.locks[${i}]`;
    const t = tasks.get(String(lock.job));
    if (t === undefined) throw new ProblemError(`${path}.job`, `unknown job ${String(lock.job)}`);
    const vi = vehicleIndex(problem, lock.vehicle, `${path}.vehicle`);
    const sides = m.kind[t] === JOB ? [t] : [t, m.sibling[t]!];
    for (const x of sides) {
      m.lockVehicle[x] = vi;
      for (let v = 0; v < m.vehicles.length; v++) if (v !== vi) m.compat[v * T + x] = 0;
    }
    if (lock.position !== undefined) {
      const list = prefix.get(vi) ?? [];
      if (list[lock.position] !== undefined) throw new ProblemError(`${path}.position`, `position ${lock.position} is locked twice`);
      list[lock.position] = t;
      prefix.set(vi, list);
      m.lockPos[t] = lock.position;
    }
  });
  for (const [vi, list] of prefix) {
    const vehicle = String(problem.vehicles[vi]!.id);
    for (let p = 0; p < list.length; p++)
      if (list[p] === undefined) throw new ProblemError("options.locks", `vehicle ${vehicle}: locked positions must be 0, 1, … without gaps (position ${p} is missing)`);
    for (const t of list)
      if (m.kind[t] !== JOB && m.lockPos[m.sibling[t]!]! < 0)
        throw new ProblemError("options.locks", `shipment step ${String(m.taskId[t])}: lock the positions of both the pickup and the delivery`);
    const r = s.routes[vi]!;
    list.forEach((t, p) => (r.seq[p] = t!));
    r.n = r.locked = list.length;
    if (!r.update()) throw new ProblemError("options.locks", `the locked stops of vehicle ${vehicle} are infeasible on their own; use plan() to see the violations`);
    for (const t of list) s.markInserted(vi, t!);
  }
}

function applyInitial(problem: Problem, m: Model, s: PlanState, initial: PlannedRoute[]): void {
  const tasks = taskIndex(m);
  initial.forEach((planned, i) => {
    const vi = vehicleIndex(problem, planned.vehicle, `options.initial[${i}].vehicle`);
    const r = s.routes[vi]!;
    const wanted = planned.steps.map((id) => tasks.get(String(id))).filter((t): t is number => t !== undefined && s.where[t]! < 0 && m.compat[vi * m.nTasks + t] === 1);
    const base = r.n;
    // Keep the longest feasible prefix of the given order (shipments only with both sides).
    for (let k = wanted.length; k > 0; k--) {
      const head = wanted.slice(0, k);
      const kept = head.filter((t) => m.kind[t] === JOB || head.includes(m.sibling[t]!));
      r.n = base;
      for (const t of kept) r.seq[r.n++] = t;
      if (r.update()) {
        for (const t of kept) s.markInserted(vi, t);
        return;
      }
    }
    r.n = base;
    r.update();
  });
}

export function searchParams(options: SolveOptions): SearchParams {
  const hasIterations = options.iterationLimit !== undefined;
  return {
    ...defaultParams,
    timeLimitMs: options.timeLimit !== undefined ? options.timeLimit * 1000 : hasIterations ? Infinity : 10_000,
    iterationLimit: options.iterationLimit ?? Infinity,
    seed: options.seed ?? 1,
    signal: options.signal,
    onProgress: options.onProgress,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.stopOnIdle !== undefined ? { stopOnIdle: options.stopOnIdle } : {}),
  };
}

/**
 * Solves in the calling thread. Deterministic for a given seed when only an iteration
 * limit is set (a time limit makes the number of iterations depend on the machine).
 */
export function solveSync(problem: Problem, options: SolveOptions = {}, tuning: Partial<SearchParams> = {}): Solution {
  const t0 = performance.now();
  validateProblem(problem);
  const m = buildModel(problem);
  if (options.baseline) applyBaseline(problem, m, options.baseline, taskIndex(m));
  const s = new PlanState(m);
  applyLocks(problem, m, s, options.locks ?? []);
  applyInitial(problem, m, s, options.initial ?? options.baseline?.routes ?? []);
  const params = { ...searchParams(options), ...tuning };
  const search = new Search(m, params);
  if (!options.balance) {
    const { best, iterations } = anneal(search, m, s);
    return solutionOutput(problem, m, best, iterations, performance.now() - t0);
  }
  // Balancing: the cheapest plan first, then the most even one within the distance bound.
  const share = Math.min(0.9, Math.max(0.1, options.balance.share ?? 0.4));
  const full = { timeLimitMs: params.timeLimitMs, iterationLimit: params.iterationLimit };
  params.timeLimitMs = full.timeLimitMs * (1 - share);
  params.iterationLimit = Math.floor(full.iterationLimit * (1 - share));
  const cheapest = anneal(search, m, s);
  const balanced = balancePlan(search, m, cheapest.best, options.balance, {
    timeLimitMs: Math.max(0, full.timeLimitMs - cheapest.elapsedMs),
    iterationLimit: Math.max(0, full.iterationLimit - cheapest.iterations),
  });
  return solutionOutput(problem, m, balanced.best, cheapest.iterations + balanced.iterations, performance.now() - t0);
}

/** Better solution first: more priority served, fewer left out, then lower cost. */
export function compareSolutions(a: Solution, b: Solution): number {
  return b.summary.priorityServed - a.summary.priorityServed || a.unassigned.length - b.unassigned.length || a.cost - b.cost;
}
