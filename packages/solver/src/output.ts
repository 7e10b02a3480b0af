import { DELIVERY, JOB, PICKUP, type Model } from "./model.js";
import type { PlanState } from "./plan-state.js";
import type { Route as RouteState } from "./route.js";
import type { Problem, Route, Solution, Step, Unassigned } from "./types.js";
import { assembleSolution } from "./summary.js";
import { unassignedReason } from "./reasons.js";

const STEP_TYPE = { [JOB]: "job", [PICKUP]: "pickup", [DELIVERY]: "delivery" } as const;

function routeOutput(m: Model, r: RouteState): Route {
  const D = m.dims;
  const v = r.v;
  const dur = m.dur[v.type]!;
  const dist = m.dist[v.type]!;
  const L = m.nLoc;
  const steps: Step[] = [];
  const loadAt = (pos: number) => Array.from(r.load.subarray(pos * D, pos * D + D));
  const located = (loc: number) => (loc === m.nullLoc ? {} : { location: loc });
  let distance = 0;
  let service = 0;
  let lateness = 0;
  const pushBreaks = (pos: number, prevLoc: number) => {
    v.breaks.forEach((b, bi) => {
      if (r.breakPos[bi] !== pos) return;
      const at = r.breakAt[bi]!;
      const before = steps[steps.length - 1]!;
      steps.push({ type: "break", id: b.id, ...located(prevLoc), arrival: before.departure, waiting: at - before.departure, start: at, departure: at + b.duration, load: loadAt(pos - 1) });
    });
  };
  steps.push({ type: "start", ...located(v.start), arrival: r.est[0]!, waiting: 0, start: r.est[0]!, departure: r.est[0]!, load: loadAt(0) });
  let prev = v.start;
  for (let pos = 1; pos <= r.n + 1; pos++) {
    pushBreaks(pos, prev);
    const last = steps[steps.length - 1]!;
    const loc = r.locAt(pos);
    const travel = dur[prev * L + loc]!;
    distance += dist[prev * L + loc]!;
    if (pos > r.n) {
      const arrival = last.departure + travel;
      steps.push({ type: "end", ...located(v.end), arrival, waiting: 0, start: arrival, departure: arrival, load: loadAt(pos - 1) });
      break;
    }
    const task = r.seq[pos - 1]!;
    const start = r.est[pos]!;
    const arrival = last.departure + travel;
    const late = Math.max(0, start - m.softEnd[task]!);
    lateness += late;
    service += r.occ[pos]!;
    const step: Step = { type: STEP_TYPE[m.kind[task] as 0 | 1 | 2], id: m.taskId[task]!, location: loc, arrival, waiting: start - arrival, start, departure: start + r.occ[pos]!, load: loadAt(pos) };
    if (m.lateCost[task]! > 0) step.lateness = late;
    steps.push(step);
    prev = loc;
  }
  const first = steps[0]!;
  const end = steps[steps.length - 1]!;
  // Leave as late as possible: the vehicle does not need to wait at its start.
  const firstTask = steps[1];
  if (firstTask && firstTask.type !== "break" && firstTask.waiting > 0) {
    const shift = firstTask.waiting;
    first.arrival = first.start = first.departure = first.departure + shift;
    firstTask.arrival += shift;
    firstTask.waiting = 0;
  }
  const waiting = steps.reduce((s, x) => s + (x.type === "start" ? 0 : x.waiting), 0);
  return {
    vehicle: v.id,
    steps,
    cost: r.cost,
    duration: end.arrival - first.departure,
    travelTime: r.travel,
    distance,
    waiting,
    service,
    lateness,
    violations: [],
  };
}

/** Turns a search state into the public solution, with readable reasons for what is left out. */
export function solutionOutput(problem: Problem, m: Model, s: PlanState, iterations: number, runtimeMs: number): Solution {
  const routes = s.routes.filter((r) => r.n > 0).map((r) => routeOutput(m, r));
  const unassigned: Unassigned[] = [];
  let priorityServed = 0;
  for (let t = 0; t < m.nTasks; t++) {
    if (m.kind[t] === DELIVERY) continue;
    if (s.where[t]! >= 0) {
      priorityServed += m.priority[t]!;
      continue;
    }
    const isJob = m.kind[t] === JOB;
    unassigned.push({ id: m.taskId[t]!, type: isJob ? "job" : "shipment", reason: unassignedReason(problem, m, t) });
  }
  return assembleSolution(routes, unassigned, priorityServed, iterations, runtimeMs);
}
