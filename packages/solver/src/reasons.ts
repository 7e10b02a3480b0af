import { JOB, type Model, type VehicleModel } from "./model.js";
import type { PlanState } from "./plan-state.js";
import { Fail, failure, type FailKind } from "./failure.js";
import { simulate } from "./simulate.js";
import type { Id, Problem, UnassignedReason } from "./types.js";
import { clock } from "./clock.js";

const KIND: Record<FailKind, UnassignedReason["kind"]> = {
  [Fail.None]: "time-window",
  [Fail.MaxStops]: "max-stops",
  [Fail.Capacity]: "capacity",
  [Fail.Break]: "break",
  [Fail.WorkingHours]: "working-hours",
  [Fail.TimeWindow]: "time-window",
  [Fail.Precedence]: "precedence",
  [Fail.MaxTravelTime]: "max-travel-time",
  [Fail.MaxWorkingTime]: "max-working-time",
};

function skillsOf(problem: Problem, m: Model, t: number): number[] {
  const src = m.source[t]!;
  return (m.kind[t] === JOB ? problem.jobs?.[src]?.skills : problem.shipments?.[src]?.skills) ?? [];
}

function windowsText(m: Model, t: number): string {
  const parts: string[] = [];
  for (let k = m.twOffset[t]!; k < m.twOffset[t + 1]!; k++) parts.push(`${clock(m.twStart[k]!)}–${clock(m.twEnd[k]!)}`);
  return parts.join(", ");
}

/** Amount of task t's request in dimension k that a vehicle must carry at once. */
function need(m: Model, t: number, k: number): number {
  const D = m.dims;
  // A shipment (t is its pickup) carries its amount and what its delivery takes from the depot.
  return Math.max(m.kind[t] === JOB ? m.startLoad[t * D + k]! : m.delta[t * D + k]! + m.startLoad[(t + 1) * D + k]!, m.pick[t * D + k]!);
}

interface Finding {
  kind: UnassignedReason["kind"];
  dim: number;
  stop: number;
  vehicles: VehicleModel[];
}

function record(found: Finding[], v: VehicleModel): void {
  const kind = KIND[failure.kind];
  const dim = kind === "capacity" ? failure.dim : -1;
  const stop = kind === "time-window" ? failure.task : -1;
  const same = found.find((f) => f.kind === kind && f.dim === dim && f.stop === stop);
  if (!same) found.push({ kind, dim, stop, vehicles: [v] });
  else if (!same.vehicles.includes(v)) same.vehicles.push(v);
}

/** Every insertion of request t into route ri of s, each simulated; the causes of failure are recorded. */
function diagnoseRoute(m: Model, s: PlanState, ri: number, t: number, found: Finding[]): boolean {
  const r = s.routes[ri]!;
  const job = m.kind[t] === JOB;
  const seq = new Int32Array(r.n + 2);
  for (let a = r.locked; a <= r.n; a++)
    for (let b = a; b <= (job ? a : r.n); b++) {
      let n = 0;
      for (let x = 0; x <= r.n; x++) {
        if (x === a) seq[n++] = t;
        if (!job && x === b) seq[n++] = t + 1;
        if (x < r.n) seq[n++] = r.seq[x]!;
      }
      if (simulate(m, r.v, seq, n, null) < Infinity) return true;
      record(found, r.v);
    }
  return false;
}

/**
 * Why request t (a job, or a shipment's pickup) is left out of plan s: one reason per cause,
 * each naming the vehicles it holds for. `alone: true` reasons hold for the request served on
 * its own; the others hold for every place in the vehicle's route of this plan.
 */
export function unassignedReasons(problem: Problem, m: Model, s: PlanState, t: number): UnassignedReason[] {
  const T = m.nTasks;
  const what = m.kind[t] === JOB ? `job ${String(m.taskId[t])}` : `shipment ${String(m.taskId[t])}→${String(m.taskId[t + 1])}`;
  const skilled = m.vehicles.filter((v) => m.compat[v.index * T + t]);
  const ids = (vs: VehicleModel[]): Id[] => vs.map((v) => v.id);
  if (skilled.length === 0) {
    const skills = skillsOf(problem, m, t);
    const locked = m.lockVehicle[t]!;
    if (locked >= 0) {
      const v = m.vehicles[locked]!;
      return [{ kind: "skills", alone: true, vehicles: [v.id], message: `${what} is locked to vehicle ${String(v.id)}, which lacks its skills ${skills.join(", ")}` }];
    }
    const owned = new Set(problem.vehicles.flatMap((v) => v.skills ?? []));
    const missing = skills.filter((x) => !owned.has(x));
    const message = missing.length > 0 ? `no vehicle has skill ${missing.join(", ")} required by ${what}` : `no single vehicle has all the skills ${skills.join(", ")} required by ${what}`;
    return [{ kind: "skills", alone: true, vehicles: ids(m.vehicles), message }];
  }
  const alone: Finding[] = [];
  const inRoute: Finding[] = [];
  const seq = m.kind[t] === JOB ? Int32Array.of(t) : Int32Array.of(t, t + 1);
  for (const v of skilled) {
    if (simulate(m, v, seq, seq.length, null) === Infinity) record(alone, v);
    else if (diagnoseRoute(m, s, v.index, t, inRoute)) {
      // Cannot happen after the final repair pass; said plainly rather than hidden.
      return [{ kind: "priority", alone: false, vehicles: [v.id], message: `${what} fits on vehicle ${String(v.id)} but was left out` }];
    }
  }
  return [...alone.map((f) => reason(m, t, what, f, true)), ...inRoute.map((f) => reason(m, t, what, f, false))];
}

function reason(m: Model, t: number, what: string, f: Finding, alone: boolean): UnassignedReason {
  const vehicles = f.vehicles.map((v) => v.id);
  const on = `vehicle${vehicles.length > 1 ? "s" : ""} ${vehicles.map(String).join(", ")}`;
  const base = { kind: f.kind, alone, vehicles, ...(f.dim >= 0 ? { dimension: f.dim } : {}), ...(f.stop >= 0 ? { stop: m.taskId[f.stop]! } : {}) };
  const v = f.vehicles[0]!;
  switch (f.kind) {
    case "capacity":
      return { ...base, message: alone
        ? `capacity: ${what} needs ${need(m, t, f.dim)} in dimension ${f.dim} but ${on} carry at most ${Math.max(...f.vehicles.map((x) => x.capacity[f.dim]!))}`
        : `capacity: dimension ${f.dim} is full on ${on} wherever ${what} would go` };
    case "time-window": {
      if (!alone) {
        const other = f.stop >= 0 && f.stop !== t && f.stop !== t + 1 ? `stop ${String(m.taskId[f.stop])}` : `its window ${windowsText(m, t)}`;
        return { ...base, message: `time window: on ${on}, every place for ${what} misses ${other}` };
      }
      const earliest = Math.min(...f.vehicles.map((x) => x.twStart + m.dur[x.type]![x.start * m.nLoc + m.loc[t]!]!));
      return { ...base, message: `window ${windowsText(m, t)} of ${what} is unreachable: leaving at ${clock(v.twStart)} the earliest arrival is ${clock(earliest)}` };
    }
    case "working-hours":
      return { ...base, message: alone
        ? `${what} (window ${windowsText(m, t)}) cannot be served within the working hours ${clock(v.twStart)}–${clock(v.twEnd)} of ${on}`
        : `working hours: ${what} would end the day of ${on} after its working hours` };
    case "max-travel-time":
      return { ...base, message: alone ? `${what} is too far: the round trip exceeds the maximum travel time of ${on}` : `${what} would take ${on} over its maximum travel time` };
    case "max-working-time":
      return { ...base, message: alone ? `${what} alone makes a day longer than the maximum working time of ${on}` : `${what} would take ${on} over its maximum working time` };
    case "max-stops":
      return { ...base, message: `${on} already make their maximum number of stops` };
    case "break":
      return { ...base, message: `${what} cannot be served together with the breaks of ${on}` };
    default:
      return { ...base, message: `${what} cannot be served by ${on}: pickup and delivery do not fit in order` };
  }
}
