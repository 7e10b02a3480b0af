import type { Id, Lock, PlannedRoute, Problem, Route, Solution, Unassigned } from "./types.js";
import { validateProblem } from "./validate.js";
import { assembleSolution } from "./summary.js";
import { evaluateRoute } from "./plan-route.js";
import { dims, visits } from "./plan-visits.js";

/**
 * Plan mode: evaluates routes in the given order without re-optimising. Works on the
 * problem as written (not on the solver's internal tables), so it doubles as the
 * independent feasibility checker of solver output. Breaks listed in a route are taken
 * there; breaks not listed are placed at the first opportunity that does not delay a stop
 * (or when they could not be taken later). A vehicle that reloads goes back to its depot by
 * the multi-trip rule (see trips.ts), reimplemented here on the problem as written.
 */

/** Evaluates routes given in a fixed order: times, loads, cost and every violation. */
export function plan(problem: Problem, routes: PlannedRoute[], options: { locks?: Lock[] } = {}): Solution {
  validateProblem(problem);
  const D = dims(problem);
  const all = visits(problem, D);
  const seen = new Map<string, Id>();
  const out: Route[] = [];
  const byVehicle = new Map(problem.vehicles.map((v) => [String(v.id), v]));
  for (const r of routes) {
    const vehicle = byVehicle.get(String(r.vehicle));
    if (!vehicle) throw new Error(`plan: unknown vehicle ${String(r.vehicle)}; use an id from problem.vehicles`);
    out.push(evaluateRoute(problem, vehicle, r.steps, all, seen, D));
  }
  // Shipments: both sides on the same vehicle, pickup first.
  for (const [ri, route] of out.entries()) {
    const ids = route.steps.map((s) => (s.id === undefined ? "" : String(s.id)));
    for (const [i, s] of (problem.shipments ?? []).entries()) {
      const p = ids.indexOf(String(s.pickup.id));
      const d = ids.indexOf(String(s.delivery.id));
      if (p < 0 && d < 0) continue;
      if (p < 0 || d < 0) route.violations.push({ kind: "precedence", message: `shipment ${i}: pickup ${String(s.pickup.id)} and delivery ${String(s.delivery.id)} must be on the same vehicle`, id: p < 0 ? s.delivery.id : s.pickup.id });
      else if (d < p) route.violations.push({ kind: "precedence", message: `shipment ${i}: delivery ${String(s.delivery.id)} comes before its pickup`, id: s.delivery.id });
    }
    void ri;
  }
  for (const lock of options.locks ?? []) {
    const route = out.find((r) => String(r.vehicle) === String(lock.vehicle));
    const tasks = route?.steps.filter((s) => s.type === "job" || s.type === "pickup" || s.type === "delivery") ?? [];
    const index = tasks.findIndex((s) => String(s.id) === String(lock.job));
    if (index < 0 || (lock.position !== undefined && index !== lock.position)) {
      const where = lock.position !== undefined ? ` at position ${lock.position}` : "";
      (route ?? out[0])?.violations.push({ kind: "locked", message: `${String(lock.job)} is locked to vehicle ${String(lock.vehicle)}${where}`, id: lock.job });
    }
  }
  const unassigned: Unassigned[] = [];
  for (const j of problem.jobs ?? []) if (!seen.has(String(j.id))) unassigned.push({ id: j.id, type: "job", reason: "not in any of the given routes", reasons: [] });
  for (const s of problem.shipments ?? []) if (!seen.has(String(s.pickup.id))) unassigned.push({ id: s.pickup.id, type: "shipment", reason: "not in any of the given routes", reasons: [] });
  const priorityServed =
    (problem.jobs ?? []).reduce((a, j) => a + (seen.has(String(j.id)) ? (j.priority ?? 0) : 0), 0) +
    (problem.shipments ?? []).reduce((a, s) => a + (seen.has(String(s.pickup.id)) ? (s.priority ?? 0) : 0), 0);
  return assembleSolution(out, unassigned, priorityServed, 0, 0);
}
