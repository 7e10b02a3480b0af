import { regretInsertion } from "./construct.js";
import { countUnassigned, fleetIsLexicographic, minimiseFleet } from "./fleet.js";
import { LocalSearch } from "./local-search.js";
import type { Model } from "./model.js";
import { PlanState } from "./plan-state.js";
import { CoolingCycles, firstCycleLength } from "./schedule.js";
import type { Search, SearchResult } from "./search.js";

/**
 * The search from a start plan (locks and initial routes applied): regret insertion, local
 * search, optional fleet minimisation, then ruin-and-recreate under the budget-free annealing
 * cycles of schedule.ts, with local search on every new best plan. Stops at the time or
 * iteration limit, on abort, when nothing can be served at all, or (stopOnIdle) when the cycles
 * in a row that found nothing better were as long as all the search before them.
 */
export function anneal(search: Search, m: Model, start: PlanState): SearchResult {
  const p = search.params;
  const now = p.now ?? (p.clock === "cpu" ? cpuClock() : () => performance.now());
  const t0 = now();
  const stopped = () => now() - t0 >= p.timeLimitMs || p.signal?.aborted === true || p.shouldStop?.() === true;
  const current = start;
  const dirty = new Uint8Array(m.vehicles.length);
  regretInsertion(m, current, search.vehicleClass);
  search.recreate(current, dirty, 0);
  const ls = new LocalSearch(m, search.neighbours, search.k);
  // Local search lowers the sum of route costs; when balancing, that sum is not the objective,
  // so the moves are tried on a copy and kept only if the plan's objective drops.
  const trial = m.balance ? new PlanState(m) : null;
  const improve = (plan: PlanState) => {
    if (!p.localSearch) return;
    if (!trial) {
      ls.run(plan, search.rng);
      return;
    }
    trial.copyFrom(plan);
    ls.run(trial, search.rng);
    if (trial.cost() < plan.cost() - 1e-9) plan.copyFrom(trial);
  };
  // An iteration limit of 0 asks for the first plan only (construction, no search).
  if (p.iterationLimit > 0) improve(current);
  const work = new PlanState(m);
  work.copyFrom(current);
  const best = new PlanState(m);
  best.copyFrom(current);
  let currentCost = current.cost();
  let bestCost = currentCost;
  let edges = 0;
  let edgeCost = 0;
  for (const r of current.routes)
    if (r.n > 0) {
      edges += r.n + 1;
      edgeCost += r.cost - r.v.fixed;
    }
  const avgEdge = edges > 0 ? Math.max(edgeCost / edges, 1e-9) : 1;
  const report = (it: number) => p.onProgress?.({ bestCost, unassigned: countUnassigned(best), iteration: it, elapsedMs: now() - t0 });
  let lastReport = 0;
  let reportedCost = Infinity;
  let it = 0;
  if (nothingToSearch(search, current)) {
    report(0);
    return { best, iterations: 0, elapsedMs: now() - t0 };
  }
  if (p.fleetShare > 0 && fleetIsLexicographic(m, edgeCost)) {
    const stopAt = Math.min(p.iterationLimit, Math.floor(p.iterationLimit * p.fleetShare));
    it = minimiseFleet(search, best, work, stopAt, () => now() - t0 >= p.timeLimitMs * p.fleetShare || stopped());
    bestCost = best.cost();
    current.copyFrom(best);
    work.copyFrom(best);
    currentCost = bestCost;
    report(it);
  }
  const it0 = it;
  const e0 = now() - t0;
  const cycles = new CoolingCycles(p.startTemperature * avgEdge, p.finalTemperature * avgEdge, p.firstCycle ?? firstCycleLength(search.heads.length), p.cycleGrowth);
  let improvedInCycle = false;
  // Where the cycles in a row that found nothing better began (iterations since it0).
  let idleFrom = 0;
  while (it < p.iterationLimit) {
    const elapsedAll = now() - t0;
    if (elapsedAll >= p.timeLimitMs || p.signal?.aborted || p.shouldStop?.()) break;
    const elapsed = elapsedAll - e0;
    if (cycles.advance(it - it0, elapsed, { iterations: p.iterationLimit - it, ms: p.timeLimitMs - e0 - elapsed })) {
      if (improvedInCycle) idleFrom = it - it0;
      else if (p.stopOnIdle && it - it0 - idleFrom >= idleFrom) break;
      improvedInCycle = false;
      current.copyFrom(best);
      work.copyFrom(best);
      currentCost = bestCost;
    }
    const temperature = cycles.temperature(it - it0, elapsed);
    dirty.fill(0);
    search.ruin(work, dirty);
    search.recreate(work, dirty, p.blinkRate);
    const cost = work.cost();
    if (cost < currentCost - temperature * Math.log(search.rng.next())) {
      if (cost < bestCost - 1e-9) {
        improve(work);
        current.copyFrom(work);
        best.copyFrom(work);
        bestCost = currentCost = work.cost();
        improvedInCycle = true;
      } else {
        current.copyRoutes(work, dirty);
        currentCost = cost;
      }
      const elapsed = now() - t0;
      if (bestCost < reportedCost && elapsed - lastReport > 50) {
        lastReport = elapsed;
        reportedCost = bestCost;
        report(it);
      }
    } else {
      work.copyRoutes(current, dirty);
    }
    if (it % 64 === 0) {
      const elapsed = now() - t0;
      if (elapsed - lastReport > 500) {
        lastReport = elapsed;
        reportedCost = bestCost;
        report(it);
      }
    }
    it++;
  }
  // Whatever fits in the best plan goes in (no blinks), so every request left out truly has no room.
  dirty.fill(0);
  search.recreate(best, dirty, 0);
  bestCost = best.cost();
  report(it);
  return { best, iterations: it, elapsedMs: now() - t0 };
}

/** True when no request can be served by any vehicle even alone, or there is none: nothing to improve. */
function nothingToSearch(search: Search, s: PlanState): boolean {
  for (let i = 0; i < search.heads.length; i++) if (s.where[search.heads[i]!]! >= 0 || search.servable[search.heads[i]!]) return false;
  return true;
}

/**
 * Milliseconds of CPU time of this process. Reading it is a system call that took a seventh of a
 * short run when read every iteration, so it is read once per millisecond of wall time and moves
 * with the wall clock in between (off by under 1 ms, and never backwards).
 */
function cpuClock(): () => number {
  let wall = -Infinity;
  let cpu = 0;
  let last = 0;
  return () => {
    const w = performance.now();
    if (w - wall >= 1) {
      const u = process.cpuUsage();
      wall = w;
      cpu = (u.user + u.system) / 1000;
    }
    last = Math.max(last, cpu + (w - wall));
    return last;
  };
}
