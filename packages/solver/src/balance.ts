import { anneal } from "./anneal.js";
import type { Model } from "./model.js";
import { PlanState } from "./plan-state.js";
import type { Search, SearchResult } from "./search.js";
import type { Balance } from "./types.js";

/**
 * Balancing, after the cheapest plan was found: the model's objective becomes routing cost plus
 * weight × (longest working day, or longest minus shortest), plans whose distance exceeds the
 * cheapest plan's by more than `maxDistanceIncrease` are refused, and the search goes on from the
 * cheapest plan for the rest of the budget. Left-out penalties are raised above any balancing
 * term, so no job is ever given up for balance. Returns the balanced search's result.
 */
export function balancePlan(search: Search, m: Model, cheapest: PlanState, balance: Balance, remaining: { timeLimitMs: number; iterationLimit: number }): SearchResult {
  const weight = balance.weight ?? 10;
  let distance = 0;
  let work = 0;
  let used = 0;
  for (const r of cheapest.routes)
    if (r.n > 0) {
      distance += r.dist;
      work += r.work;
      used++;
    }
  m.balance = { objective: balance.objective, weight, reference: Math.max(1, used ? work / used : 1), maxDistance: distance * (1 + (balance.maxDistanceIncrease ?? 0.1)) + 1e-6 };
  m.exact = true;
  const lift = weight * longestPossibleDay(m) * 2;
  for (let t = 0; t < m.nTasks; t++) m.penalty[t] = m.penalty[t]! + lift * (1 + m.priority[t]! * (m.nTasks + 1));
  const start = new PlanState(m);
  start.copyFrom(cheapest);
  start.refresh();
  Object.assign(search.params, { ...remaining, fleetShare: 0 });
  return anneal(search, m, start);
}

/** An upper bound on any route's working day in this problem. */
function longestPossibleDay(m: Model): number {
  let tasks = 0;
  let latest = 0;
  for (let t = 0; t < m.nTasks; t++) {
    tasks += m.service[t]! + m.setup[t]!;
    const end = m.twEnd[m.twOffset[t + 1]! - 1]!;
    if (end < 1e14 && end > latest) latest = end;
  }
  let longest = 0;
  for (const v of m.vehicles) {
    if (v.twEnd < 1e14) longest = Math.max(longest, v.twEnd - v.twStart);
    else {
      let maxLeg = 0;
      for (let i = 0; i < m.dur[v.type]!.length; i++) if (m.dur[v.type]![i]! > maxLeg) maxLeg = m.dur[v.type]![i]!;
      const breaks = v.breaks.reduce((a, b) => a + b.duration, 0);
      longest = Math.max(longest, Math.max(0, latest - v.twStart) + tasks + breaks + (m.nTasks + 1) * maxLeg + (v.reload ? (m.nTasks + 1) * (v.reload.duration + 2 * maxLeg) : 0));
    }
  }
  return longest;
}
