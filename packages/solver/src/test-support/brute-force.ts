import type { Id, Problem } from "../types.js";
import { plan } from "../plan.js";

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
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
  const bestRoute: number[][] = problem.vehicles.map(() => new Array<number>(1 << jobs.length).fill(Infinity));
  for (let v = 0; v < V; v++)
    for (let mask = 0; mask < 1 << jobs.length; mask++) {
      const ids: Id[] = jobs.filter((_, i) => mask & (1 << i)).map((j) => j.id);
      for (const order of permutations(ids)) {
        const r = plan(problem, [{ vehicle: problem.vehicles[v]!.id, steps: order }]).routes[0]!;
        if (r.violations.length === 0 && r.cost < bestRoute[v]![mask]!) bestRoute[v]![mask] = r.cost;
      }
    }
  for (let v = 0; v < V; v++) bestRoute[v]![0] = 0;
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
