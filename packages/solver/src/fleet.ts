import type { Model } from "./model.js";
import { PlanState } from "./plan-state.js";
import type { Search } from "./search.js";

/**
 * Fleet minimisation (SISR's variant): repeatedly empty the smallest route and forbid new
 * routes; a ruin-and-recreate step is accepted when it leaves fewer requests out, or requests
 * that were out less often (absence counters). Once every request is back, the plan has one
 * route fewer and becomes the best. Returns the iterations used.
 */
export function minimiseFleet(search: Search, best: PlanState, work: PlanState, maxIterations: number, timeUp: () => boolean): number {
  const m = best.m;
  const fm = new PlanState(m);
  fm.copyFrom(best);
  const absence = new Float64Array(m.nTasks);
  const dirty = new Uint8Array(m.vehicles.length);
  const baseline = countUnassigned(best);
  let it = 0;
  let fmOut = baseline;
  const absenceOf = (s: PlanState) => {
    let a = 0;
    for (let i = 0; i < search.heads.length; i++) if (s.where[search.heads[i]!]! < 0) a += absence[search.heads[i]!]!;
    return a;
  };
  while (it < maxIterations && !timeUp()) {
    if (fmOut <= baseline) {
      if (fm.cost() < best.cost()) best.copyFrom(fm);
      // Empty the smallest route and allow no new ones.
      let smallest = -1;
      for (let ri = 0; ri < fm.routes.length; ri++) {
        const r = fm.routes[ri]!;
        if (r.n > 0 && r.locked === 0 && (smallest < 0 || r.n < fm.routes[smallest]!.n)) smallest = ri;
      }
      if (smallest < 0) break;
      const positions: number[] = [];
      for (let j = 0; j < fm.routes[smallest]!.n; j++) positions.push(j);
      fm.removePositions(smallest, positions);
      for (let ri = 0; ri < fm.routes.length; ri++) search.disabled[ri] = fm.routes[ri]!.n === 0 ? 1 : 0;
      fmOut = countUnassigned(fm);
    }
    work.copyFrom(fm);
    dirty.fill(0);
    search.ruin(work, dirty);
    search.recreate(work, dirty, search.params.blinkRate);
    for (let i = 0; i < search.heads.length; i++) if (work.where[search.heads[i]!]! < 0) absence[search.heads[i]!]!++;
    const out = countUnassigned(work);
    if (out < fmOut || absenceOf(work) < absenceOf(fm)) {
      fm.copyRoutes(work, dirty);
      fmOut = out;
    }
    it++;
  }
  if (fmOut <= baseline && fm.cost() < best.cost()) best.copyFrom(fm);
  search.disabled.fill(0);
  return it;
}

/** True when every vehicle's fixed cost exceeds the whole routing cost: fewer vehicles always wins. */
export function fleetIsLexicographic(m: Model, routingCost: number): boolean {
  return m.vehicles.length > 1 && m.vehicles.every((v) => v.fixed > routingCost);
}

export function countUnassigned(s: PlanState): number {
  let n = 0;
  for (let t = 0; t < s.where.length; t++) if (s.where[t]! < 0) n++;
  return n;
}
