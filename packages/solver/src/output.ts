import { DELIVERY, JOB, PICKUP, type Model } from "./model.js";
import type { PlanState } from "./plan-state.js";
import type { Route as RouteState } from "./route.js";
import type { Problem, Route, Solution, Step, Unassigned } from "./types.js";
import { assembleSolution } from "./summary.js";
import { unassignedReasons } from "./reasons.js";
import { leaveLate } from "./leave-late.js";
import { closingOf, taskLatest } from "./windows.js";

const STEP_TYPE = { [JOB]: "job", [PICKUP]: "pickup", [DELIVERY]: "delivery" } as const;

function routeOutput(m: Model, r: RouteState): Route {
  const D = m.dims;
  const v = r.v;
  const dur = m.dur[v.type]!;
  const dist = m.dist[v.type]!;
  const L = m.nLoc;
  const steps: Step[] = [];
  /** Latest start of each step that breaks nothing (for leaving as late as the windows allow). */
  const latest: number[] = [];
  const loadAt = (pos: number) => Array.from(r.load.subarray(pos * D, pos * D + D));
  const located = (loc: number) => (loc === m.nullLoc ? {} : { location: loc });
  const multiTrip = v.reload !== null;
  let trip = 1;
  const tripOf = () => (multiTrip ? { trip } : {});
  let distance = 0;
  let service = 0;
  let lateness = 0;
  const pushBreaks = (pos: number, prevLoc: number) => {
    v.breaks.forEach((b, bi) => {
      if (r.breakPos[bi] !== pos) return;
      const at = r.breakAt[bi]!;
      const before = steps[steps.length - 1]!;
      steps.push({ type: "break", id: b.id, ...located(prevLoc), arrival: before.departure, waiting: at - before.departure, start: at, departure: at + b.duration, load: [...before.load], ...tripOf() });
      latest.push(closingOf(b.twStart, b.twEnd, 0, b.twStart.length, at));
    });
  };
  steps.push({ type: "start", ...located(v.start), arrival: r.est[0]!, waiting: 0, start: r.est[0]!, departure: r.est[0]!, load: loadAt(0), ...tripOf() });
  latest.push(Infinity);
  let prev = v.start;
  for (let pos = 1; pos <= r.n + 1; pos++) {
    if (multiTrip && pos <= r.n && r.reloadAt[pos]! >= 0) {
      // Back at the depot to load the next trip (breaks taken on the way first).
      pushBreaks(-pos, prev);
      const depot = v.reload!.depot;
      const before = steps[steps.length - 1]!;
      distance += dist[prev * L + depot]!;
      trip++;
      const arrival = before.departure + dur[prev * L + depot]!;
      const load = loadAt(pos).map((x, k) => x - m.delta[r.seq[pos - 1]! * D + k]!);
      steps.push({ type: "reload", ...located(depot), arrival, waiting: 0, start: arrival, departure: arrival + v.reload!.duration, load, trip });
      latest.push(Infinity);
      prev = depot;
    }
    pushBreaks(pos, prev);
    const last = steps[steps.length - 1]!;
    const loc = r.locAt(pos);
    const travel = dur[prev * L + loc]!;
    distance += dist[prev * L + loc]!;
    if (pos > r.n) {
      const arrival = last.departure + travel;
      steps.push({ type: "end", ...located(v.end), arrival, waiting: 0, start: arrival, departure: arrival, load: loadAt(pos - 1), ...tripOf() });
      latest.push(Infinity);
      break;
    }
    const task = r.seq[pos - 1]!;
    const start = r.est[pos]!;
    const arrival = last.departure + travel;
    const late = Math.max(0, start - m.softEnd[task]!);
    lateness += late;
    service += r.occ[pos]!;
    const step: Step = { type: STEP_TYPE[m.kind[task] as 0 | 1 | 2], id: m.taskId[task]!, location: loc, arrival, waiting: start - arrival, start, departure: start + r.occ[pos]!, load: loadAt(pos), ...tripOf() };
    if (m.lateCost[task]! > 0) step.lateness = late;
    steps.push(step);
    latest.push(taskLatest(m, task, start));
    prev = loc;
  }
  const first = steps[0]!;
  const end = steps[steps.length - 1]!;
  leaveLate(steps, latest);
  const waiting = steps.reduce((s, x) => s + (x.type === "start" ? 0 : x.waiting), 0);
  return {
    vehicle: v.id,
    steps,
    cost: r.cost - r.extra,
    duration: end.arrival - first.departure,
    travelTime: r.travel,
    distance,
    waiting,
    service,
    lateness,
    ...routeLoads(m, r),
    trips: multiTrip ? trip : 1,
    violations: [],
  };
}

/** Delivered and picked-up totals and the highest load, per dimension. */
function routeLoads(m: Model, r: RouteState): { delivery: number[]; pickup: number[]; maxLoad: number[] } {
  const D = m.dims;
  const delivery = new Array<number>(D).fill(0);
  const pickup = new Array<number>(D).fill(0);
  const maxLoad = new Array<number>(D).fill(0);
  for (let i = 0; i < r.n; i++) {
    const t = r.seq[i]!;
    for (let k = 0; k < D; k++) {
      const dl = m.delta[t * D + k]!;
      if (m.kind[t] === JOB) {
        delivery[k] = delivery[k]! + m.startLoad[t * D + k]!;
        pickup[k] = pickup[k]! + m.pick[t * D + k]!;
      } else if (dl > 0) pickup[k] = pickup[k]! + dl;
      else delivery[k] = delivery[k]! - dl;
    }
  }
  for (let pos = 0; pos <= r.n; pos++) for (let k = 0; k < D; k++) maxLoad[k] = Math.max(maxLoad[k]!, r.load[pos * D + k]!);
  // A reload's outgoing load can exceed the load after its first stop.
  if (r.v.reload) for (let pos = 1; pos <= r.n; pos++) if (r.reloadAt[pos]! >= 0) for (let k = 0; k < D; k++) maxLoad[k] = Math.max(maxLoad[k]!, r.load[pos * D + k]! - m.delta[r.seq[pos - 1]! * D + k]!);
  return { delivery, pickup, maxLoad };
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
    const reasons = unassignedReasons(problem, m, s, t);
    unassigned.push({ id: m.taskId[t]!, type: isJob ? "job" : "shipment", reason: reasons.map((r) => r.message).join("; "), reasons });
  }
  return assembleSolution(routes, unassigned, priorityServed, iterations, runtimeMs);
}
