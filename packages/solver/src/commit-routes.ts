import type { Model } from "./model.js";
import type { PlanState } from "./plan-state.js";
import { simulate } from "./simulate.js";

/** Applies new sequences to one or two routes of s when all are feasible and the cost drops. */
export function commitRoutes(m: Model, s: PlanState, ra: number, seqA: Int32Array, nA: number, rb: number, seqB: Int32Array, nB: number): boolean {
  const A = s.routes[ra]!;
  const costA = simulate(m, A.v, seqA, nA, null);
  if (costA === Infinity) return false;
  let costB = 0;
  let oldB = 0;
  if (rb >= 0) {
    const B = s.routes[rb]!;
    costB = simulate(m, B.v, seqB, nB, null);
    if (costB === Infinity) return false;
    oldB = B.cost;
  }
  if (costA + costB >= A.cost + oldB - 1e-9) return false;
  s.setRoute(ra, seqA, nA);
  if (rb >= 0) s.setRoute(rb, seqB, nB);
  return true;
}
