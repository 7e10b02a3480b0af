import { JOB, type Model } from "./model.js";
import { routeStart } from "./simulate.js";
import type { Baseline, Problem } from "./types.js";
import { ProblemError } from "./validate.js";

/**
 * Minimal change for re-planning: each job of the baseline plan prefers its baseline vehicle
 * (another costs `vehicleChange`, unless the job states its own preference) and its baseline
 * predecessor (another costs `orderChange`). Left-out penalties are raised above every such
 * cost, so keeping a job in the plan always wins over keeping the plan unchanged.
 */
export function applyBaseline(problem: Problem, m: Model, baseline: Baseline, tasks: Map<string, number>): void {
  const vehicleChange = baseline.vehicleChange ?? 600;
  const orderChange = baseline.orderChange ?? 60;
  let added = 0;
  baseline.routes.forEach((route, i) => {
    const vi = problem.vehicles.findIndex((v) => String(v.id) === String(route.vehicle));
    if (vi < 0) throw new ProblemError(`options.baseline.routes[${i}].vehicle`, `unknown vehicle ${String(route.vehicle)}`);
    let pred = routeStart(m.vehicles[vi]!);
    for (const id of route.steps) {
      const t = tasks.get(String(id));
      if (t === undefined) continue; // a break, or a stop no longer in the problem
      if (m.prefVehicle[t]! < 0 && (m.kind[t] === JOB || m.sibling[t]! > t)) {
        m.prefVehicle[t] = vi;
        m.prefCost[t] = vehicleChange;
        added += vehicleChange;
      }
      m.basePred[t] = pred;
      pred = t;
      added += orderChange;
    }
  });
  m.orderCost = orderChange;
  m.hasPreferences = true;
  for (let t = 0; t < m.nTasks; t++) m.penalty[t] = m.penalty[t]! + added * (1 + m.priority[t]! * (m.nTasks + 1));
}
