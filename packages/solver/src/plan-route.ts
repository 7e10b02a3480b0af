import type { Break, Id, Route, Step, Vehicle, Violation, Problem } from "./types.js";
import { clock } from "./clock.js";
import { tripsOf } from "./plan-trips.js";
import { opening, type Visit } from "./plan-visits.js";
import { latestKeeping, leaveLate } from "./leave-late.js";

/** One route of plan mode, evaluated on the problem as written (see plan.ts). */
export function evaluateRoute(problem: Problem, vehicle: Vehicle, ids: Id[], all: Map<string, Visit>, seen: Map<string, Id>, D: number): Route {
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
  const trips = vehicle.reload ? tripsOf(served, capacity, vehicle.reload.maxTrips ?? Infinity, D) : null;
  if (trips) trips.startLoads.get(0)!.forEach((x, k) => (load[k] = x));
  else for (const s of served) s.startLoad.forEach((x, k) => (load[k]! += x));
  const overloaded = (l: number[]) => l.some((x, k) => x > (capacity[k] ?? 0));
  if (overloaded(load)) flag("capacity", `load at the start ${load.join("/")} exceeds capacity ${capacity.join("/")}`);
  for (const v of trips?.overflow ?? []) flag("capacity", `${String(v.id)} fits in no trip of vehicle ${String(vehicle.id)}${vehicle.reload?.maxTrips ? ` (at most ${vehicle.reload.maxTrips} trips)` : ""}`, v.id);
  const depot = vehicle.reload ? (vehicle.reload.location ?? vehicle.end ?? vehicle.start) : undefined;
  const reloadVisit: Visit = { type: "reload", id: "reload", location: depot ?? 0, service: vehicle.reload?.duration ?? 0, setup: 0, windows: [], change: [], startLoad: [], skills: [] };
  const ship = new Array<number>(D).fill(0);
  let trip = 1;
  const tripOf = () => (trips ? { trip } : {});
  for (const s of served) {
    const have = new Set(vehicle.skills ?? []);
    const missing = s.skills.filter((x) => !have.has(x));
    if (missing.length > 0) flag("skills", `${String(s.id)} needs skill ${missing.join(", ")} which vehicle ${String(vehicle.id)} lacks`, s.id);
  }
  if (vehicle.maxStops !== undefined && served.length > vehicle.maxStops) flag("max-stops", `${served.length} stops, over the maximum of ${vehicle.maxStops}`);

  const tw = vehicle.timeWindow ?? [-Infinity, Infinity];
  let t = Number.isFinite(tw[0]) ? tw[0] : 0;
  let at = vehicle.start;
  const steps: Step[] = [{ type: "start", ...(at !== undefined ? { location: at } : {}), arrival: t, waiting: 0, start: t, departure: t, load: [...load], ...tripOf() }];
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
    steps.push({ type: "break", id: b.id, ...(at !== undefined ? { location: at } : {}), arrival: t, waiting: start - t, start, departure: start + b.duration, load: [...load], ...tripOf() });
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
  let index = 0;
  for (const stop of stops) {
    if (!isVisit(stop)) {
      takeBreak(stop, true);
      continue;
    }
    if (trips?.reloadBefore.has(index)) {
      placePending(reloadVisit);
      const leg = travel(at, depot);
      travelTime += leg;
      dist += distance(at, depot);
      const arrival = t + leg;
      trip++;
      trips.startLoads.get(index)!.forEach((x, k) => (load[k] = ship[k]! + x));
      steps.push({ type: "reload", ...(depot !== undefined ? { location: depot } : {}), arrival, waiting: 0, start: arrival, departure: arrival + reloadVisit.service, load: [...load], trip });
      t = arrival + reloadVisit.service;
      serviceTime += reloadVisit.service;
      at = depot;
    }
    index++;
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
    if (stop.type !== "job") stop.change.forEach((x, k) => (ship[k]! += x + (stop.startLoad[k] ?? 0)));
    if (overloaded(load)) flag("capacity", `load ${load.join("/")} after ${String(stop.id)} exceeds capacity ${capacity.join("/")}`, stop.id);
    if (load.some((x) => x < 0)) flag("precedence", `load becomes negative after ${String(stop.id)}`, stop.id);
    const step: Step = { type: stop.type, id: stop.id, location: stop.location, arrival, waiting: start - arrival, start, departure: start + setup + stop.service, load: [...load], ...tripOf() };
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
  steps.push({ type: "end", ...(vehicle.end !== undefined ? { location: vehicle.end } : {}), arrival: end, waiting: 0, start: end, departure: end, load: [...load], ...tripOf() });
  leaveLate(steps, steps.map((step) => {
    if (step.type === "break") return latestKeeping(breaks.get(String(step.id))!.timeWindows, step.start);
    const visit = step.type === "start" || step.type === "end" || step.type === "reload" ? undefined : all.get(String(step.id));
    if (!visit) return Infinity;
    return visit.type === "pickup" ? latestKeeping(visit.windows, step.start, visit.soft?.end) : step.start;
  }));
  const duration = end - steps[0]!.departure;
  if (served.length > 0 && vehicle.maxWorkingTime !== undefined && duration > vehicle.maxWorkingTime)
    flag("max-working-time", `working time ${duration} exceeds the maximum ${vehicle.maxWorkingTime}`);
  if (served.length > 0 && vehicle.maxTravelTime !== undefined && travelTime > vehicle.maxTravelTime)
    flag("max-travel-time", `travel time ${travelTime} exceeds the maximum ${vehicle.maxTravelTime}`);
  const costs = vehicle.costs ?? {};
  const used = served.length > 0;
  const cost = used ? (costs.fixed ?? 0) + ((costs.perHour ?? 3600) * travelTime) / 3600 + ((costs.perKm ?? 0) * dist) / 1000 + lateCost : 0;
  const waiting = steps.reduce((s, x) => s + x.waiting, 0);
  return { vehicle: vehicle.id, steps, cost, duration, travelTime, distance: dist, waiting, service: serviceTime, lateness, ...loadsOf(served, steps, D), trips: trip, violations };
}


/** Delivered and picked-up totals and the highest load, per dimension. */
function loadsOf(served: Visit[], steps: Step[], D: number): { delivery: number[]; pickup: number[]; maxLoad: number[] } {
  const delivery = new Array<number>(D).fill(0);
  const pickup = new Array<number>(D).fill(0);
  for (const v of served)
    for (let k = 0; k < D; k++) {
      if (v.type === "job") {
        delivery[k]! += v.startLoad[k]!;
        pickup[k]! += v.change[k]! + v.startLoad[k]!;
      } else if (v.change[k]! > 0) pickup[k]! += v.change[k]!;
      else delivery[k]! -= v.change[k]!;
    }
  const maxLoad = new Array<number>(D).fill(0).map((_, k) => Math.max(0, ...steps.map((s) => s.load[k] ?? 0)));
  return { delivery, pickup, maxLoad };
}
