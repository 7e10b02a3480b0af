import type { Id, Problem } from "../types.js";
import { plan } from "../plan.js";

/** Violations that appending stops can never undo: the route's first stops keep their times and loads only grow. */
const FINAL = new Set(["time-window", "capacity", "max-stops", "skills"]);

/**
 * Best cost of every subset of jobs on one vehicle, by depth-first search over orders, each
 * order judged by the independent evaluator; an order whose prefix already breaks a window, a
 * capacity, the stop limit or skills is not extended.
 */
function bestRoutes(problem: Problem, vehicle: Id, jobs: Id[]): number[] {
  const best = new Array<number>(1 << jobs.length).fill(Infinity);
  best[0] = 0;
  const walk = (order: Id[], mask: number) => {
    for (let i = 0; i < jobs.length; i++) {
      if (mask & (1 << i)) continue;
      const next = [...order, jobs[i]!];
      const r = plan(problem, [{ vehicle, steps: next }]).routes[0]!;
      const m = mask | (1 << i);
      if (r.violations.length === 0 && r.cost < best[m]!) best[m] = r.cost;
      if (!r.violations.some((v) => FINAL.has(v.kind))) walk(next, m);
    }
  };
  walk([], 0);
  return best;
}

export interface Optimum {
  priority: number;
  served: number;
  cost: number;
}

/**
 * Exhaustive optimum over jobs only (no shipments, no breaks), judged by the independent
 * evaluator: most priority, then most jobs served, then least cost.
 */
export function bruteForce(problem: Problem): Optimum {
  const jobs = problem.jobs ?? [];
  const V = problem.vehicles.length;
  // Best feasible cost of each job subset on each vehicle.
  const bestRoute = problem.vehicles.map((v) => bestRoutes(problem, v.id, jobs.map((j) => j.id)));
  let best: Optimum = { priority: -1, served: -1, cost: Infinity };
  const better = (a: Optimum, b: Optimum) => a.priority > b.priority || (a.priority === b.priority && (a.served > b.served || (a.served === b.served && a.cost < b.cost - 1e-9)));
  const walk = (v: number, free: number, acc: Optimum) => {
    if (v === V) {
      if (better(acc, best)) best = acc;
      return;
    }
    for (let sub = free; ; sub = (sub - 1) & free) {
      const c = bestRoute[v]![sub]!;
      if (c < Infinity) {
        const chosen = jobs.filter((_, i) => sub & (1 << i));
        walk(v + 1, free & ~sub, {
          priority: acc.priority + chosen.reduce((a, j) => a + (j.priority ?? 0), 0),
          served: acc.served + chosen.length,
          cost: acc.cost + c,
        });
      }
      if (sub === 0) break;
    }
  };
  walk(0, (1 << jobs.length) - 1, { priority: 0, served: 0, cost: 0 });
  return best;
}
