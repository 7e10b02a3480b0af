import type { Break, Id, Lock, PlannedRoute, Problem, Route, Solution, Step, TimeWindow, Unassigned, Vehicle, Violation } from "./types.js";
import { validateProblem } from "./validate.js";
import { clock } from "./reasons.js";
import { assembleSolution } from "./summary.js";

/**
 * Plan mode: evaluates routes in the given order without re-optimising. Works on the
 * problem as written (not on the solver's internal tables), so it doubles as the
 * independent feasibility checker of solver output. Breaks listed in a route are taken
 * there; breaks not listed are placed at the first opportunity that does not delay a stop
 * (or when they could not be taken later).
 */

interface Visit {
  type: "job" | "pickup" | "delivery";
  id: Id;
  location: number;
  service: number;
  setup: number;
  windows: TimeWindow[];
  /** Load change when served, and amount loaded at the start for it. */
  change: number[];
  startLoad: number[];
  skills: number[];
  soft?: { end: number; costPerSecond: number };
  shipment?: number;
}

function visits(problem: Problem, dims: number): Map<string, Visit> {
  const zero = () => new Array<number>(dims).fill(0);
  const out = new Map<string, Visit>();
  for (const j of problem.jobs ?? []) {
    const d = j.delivery ?? zero();
    const p = j.pickup ?? zero();
    out.set(String(j.id), {
      type: "job", id: j.id, location: j.location, service: j.service ?? 0, setup: j.setup ?? 0, windows: j.timeWindows ?? [],
      change: p.map((x, k) => x - (d[k] ?? 0)), startLoad: [...d], skills: j.skills ?? [], soft: j.softWindow,
    });
  }
  (problem.shipments ?? []).forEach((s, i) => {
    const q = s.amount ?? zero();
    for (const [type, step] of [["pickup", s.pickup], ["delivery", s.delivery]] as const)
      out.set(String(step.id), {
        type, id: step.id, location: step.location, service: step.service ?? 0, setup: step.setup ?? 0, windows: step.timeWindows ?? [],
        change: q.map((x) => (type === "pickup" ? x : -x)), startLoad: zero(), skills: s.skills ?? [], shipment: i,
      });
  });
  return out;
}

/** Earliest start at or after t in the windows (or t when there are none); NaN when all are closed. */
function opening(windows: TimeWindow[], t: number): number {
  if (windows.length === 0) return t;
  let best = NaN;
  for (const [a, b] of windows) if (b >= t && !(Math.max(a, t) >= best)) best = Math.max(a, t);
  return best;
}

function dims(problem: Problem): number {
  let d = 0;
  for (const v of problem.vehicles) d = Math.max(d, v.capacity?.length ?? 0);
  for (const j of problem.jobs ?? []) d = Math.max(d, j.delivery?.length ?? 0, j.pickup?.length ?? 0);
  for (const s of problem.shipments ?? []) d = Math.max(d, s.amount?.length ?? 0);
  return d;
}

function evaluateRoute(problem: Problem, vehicle: Vehicle, ids: Id[], all: Map<string, Visit>, seen: Map<string, Id>, D: number): Route {
  const violations: Violation[] = [];
  const flag = (kind: Violation["kind"], message: string, id?: Id) => violations.push(id === undefined ? { kind, message } : { kind, message, id });
  const profile = vehicle.profile ?? (Object.keys(problem.matrices).length === 1 ? Object.keys(problem.matrices)[0]! : "car");
  const matrix = problem.matrices[profile]!;
  const speed = vehicle.speedFactor ?? 1;
  const travel = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? 0 : Math.round(matrix.durations[a]![b]! / speed));
  const distance = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? 0 : (matrix.distances ?? matrix.durations)[a]![b]!);
  const capacity = vehicle.capacity ?? new Array<number>(D).fill(0);
  const breaks = new Map((vehicle.breaks ?? []).map((b) => [String(b.id), b]));
  const listed = new Set(ids.map(String).filter((id) => breaks.has(id)));
  const pending: Break[] = (vehicle.breaks ?? []).filter((b) => !listed.has(String(b.id)));
  const stops: (Visit | Break)[] = [];
  for (const id of ids) {
    const key = String(id);
    if (seen.has(key)) flag("duplicate", `${key} appears more than once (also on vehicle ${String(seen.get(key))})`, id);
    seen.set(key, vehicle.id);
    const stop = all.get(key) ?? breaks.get(key);
    if (!stop) flag("unknown-step", `${key} is neither a job, a shipment step nor a break of vehicle ${String(vehicle.id)}`, id);
    else stops.push(stop);
  }
  const isVisit = (s: Visit | Break): s is Visit => "location" in s;
  const served = stops.filter(isVisit);
  const load = new Array<number>(D).fill(0);
  for (const s of served) s.startLoad.forEach((x, k) => (load[k]! += x));
  const overloaded = (l: number[]) => l.some((x, k) => x > (capacity[k] ?? 0));
  if (overloaded(load)) flag("capacity", `load at the start ${load.join("/")} exceeds capacity ${capacity.join("/")}`);
  for (const s of served) {
    const have = new Set(vehicle.skills ?? []);
    const missing = s.skills.filter((x) => !have.has(x));
    if (missing.length > 0) flag("skills", `${String(s.id)} needs skill ${missing.join(", ")} which vehicle ${String(vehicle.id)} lacks`, s.id);
  }
  if (vehicle.maxStops !== undefined && served.length > vehicle.maxStops) flag("max-stops", `${served.length} stops, over the maximum of ${vehicle.maxStops}`);

  const tw = vehicle.timeWindow ?? [-Infinity, Infinity];
  let t = Number.isFinite(tw[0]) ? tw[0] : 0;
  let at = vehicle.start;
  const steps: Step[] = [{ type: "start", ...(at !== undefined ? { location: at } : {}), arrival: t, waiting: 0, start: t, departure: t, load: [...load] }];
  let travelTime = 0;
  let dist = 0;
  let lateness = 0;
  let lateCost = 0;
  let serviceTime = 0;
  const takeBreak = (b: Break, explicit: boolean) => {
    const s = opening(b.timeWindows, t);
    const start = Number.isNaN(s) ? t : s;
    if (Number.isNaN(s)) flag("break", `break ${String(b.id)} starts at ${clock(t)}, after its windows`, b.id);
    if (b.maxLoad && load.some((x, k) => x > (b.maxLoad![k] ?? 0))) flag("break", `break ${String(b.id)} taken with load ${load.join("/")} above ${b.maxLoad.join("/")}`, b.id);
    steps.push({ type: "break", id: b.id, ...(at !== undefined ? { location: at } : {}), arrival: t, waiting: start - t, start, departure: start + b.duration, load: [...load] });
    t = start + b.duration;
    if (!explicit) pending.splice(pending.indexOf(b), 1);
  };
  const placePending = (next: Visit | null) => {
    while (pending.length > 0) {
      const b = pending[0]!;
      const s = opening(b.timeWindows, t);
      if (Number.isNaN(s)) return;
      const leg = travel(at, next ? next.location : vehicle.end);
      const nextStart = next ? opening(next.windows, t + leg) : NaN;
      const free = next ? nextStart + next.service + next.setup : NaN;
      const later = next !== null && !Number.isNaN(free) && !Number.isNaN(opening(b.timeWindows, free));
      const fits = !Number.isNaN(nextStart) && s + b.duration + leg <= nextStart;
      const loadOk = !b.maxLoad || load.every((x, k) => x <= (b.maxLoad![k] ?? 0));
      if ((loadOk && fits) || !later) takeBreak(b, false);
      else return;
    }
  };
  for (const stop of stops) {
    if (!isVisit(stop)) {
      takeBreak(stop, true);
      continue;
    }
    placePending(stop);
    const leg = travel(at, stop.location);
    const arrival = t + leg;
    travelTime += leg;
    dist += distance(at, stop.location);
    let start = opening(stop.windows, arrival);
    if (Number.isNaN(start)) {
      start = arrival;
      const end = Math.max(...stop.windows.map((w) => w[1]));
      flag("time-window", `${String(stop.id)} starts at ${clock(arrival)}, ${arrival - end} after its window closes at ${clock(end)}`, stop.id);
    }
    const setup = stop.location !== at ? stop.setup : 0;
    const late = stop.soft ? Math.max(0, start - stop.soft.end) : 0;
    lateness += late;
    lateCost += late * (stop.soft?.costPerSecond ?? 0);
    serviceTime += setup + stop.service;
    stop.change.forEach((x, k) => (load[k]! += x));
    if (overloaded(load)) flag("capacity", `load ${load.join("/")} after ${String(stop.id)} exceeds capacity ${capacity.join("/")}`, stop.id);
    if (load.some((x) => x < 0)) flag("precedence", `load becomes negative after ${String(stop.id)}`, stop.id);
    const step: Step = { type: stop.type, id: stop.id, location: stop.location, arrival, waiting: start - arrival, start, departure: start + setup + stop.service, load: [...load] };
    if (stop.soft) step.lateness = late;
    steps.push(step);
    t = step.departure;
    at = stop.location;
  }
  if (served.length > 0) placePending(null);
  for (const b of pending) if (served.length > 0) flag("break", `break ${String(b.id)} could not be scheduled`, b.id);
  const leg = travel(at, vehicle.end);
  travelTime += leg;
  dist += distance(at, vehicle.end);
  const end = t + leg;
  if (served.length > 0 && end > tw[1]) flag("working-hours", `returns at ${clock(end)}, after the end of working hours ${clock(tw[1])}`);
  steps.push({ type: "end", ...(vehicle.end !== undefined ? { location: vehicle.end } : {}), arrival: end, waiting: 0, start: end, departure: end, load: [...load] });
  if (served.length > 0 && vehicle.maxTravelTime !== undefined && travelTime > vehicle.maxTravelTime)
    flag("max-travel-time", `travel time ${travelTime} exceeds the maximum ${vehicle.maxTravelTime}`);
  const costs = vehicle.costs ?? {};
  const used = served.length > 0;
  const cost = used ? (costs.fixed ?? 0) + ((costs.perHour ?? 3600) * travelTime) / 3600 + ((costs.perKm ?? 0) * dist) / 1000 + lateCost : 0;
  const waiting = steps.reduce((s, x) => s + x.waiting, 0);
  return { vehicle: vehicle.id, steps, cost, duration: end - steps[0]!.departure, travelTime, distance: dist, waiting, service: serviceTime, lateness, violations };
}

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
  for (const j of problem.jobs ?? []) if (!seen.has(String(j.id))) unassigned.push({ id: j.id, type: "job", reason: "not in any of the given routes" });
  for (const s of problem.shipments ?? []) if (!seen.has(String(s.pickup.id))) unassigned.push({ id: s.pickup.id, type: "shipment", reason: "not in any of the given routes" });
  const priorityServed =
    (problem.jobs ?? []).reduce((a, j) => a + (seen.has(String(j.id)) ? (j.priority ?? 0) : 0), 0) +
    (problem.shipments ?? []).reduce((a, s) => a + (seen.has(String(s.pickup.id)) ? (s.priority ?? 0) : 0), 0);
  return assembleSolution(out, unassigned, priorityServed, 0, 0);
}
