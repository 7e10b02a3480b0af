import { JOB, type Model } from "./model.js";
import { simulate } from "./route.js";
import type { Problem } from "./types.js";

/** Seconds of the day as H:MM when the value looks like one, else the raw number. */
export function clock(t: number): string {
  if (!Number.isFinite(t) || t < 0 || t > 7 * 86400) return String(t);
  const minutes = Math.floor(t / 60);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}

function skillsOf(problem: Problem, m: Model, t: number): number[] {
  const src = m.source[t]!;
  return (m.kind[t] === JOB ? problem.jobs?.[src]?.skills : problem.shipments?.[src]?.skills) ?? [];
}

function windowsText(m: Model, t: number): string {
  const parts: string[] = [];
  for (let k = m.twOffset[t]!; k < m.twOffset[t + 1]!; k++) parts.push(`${clock(m.twStart[k]!)}–${clock(m.twEnd[k]!)}`);
  return parts.join(", ");
}

/** A sentence a coordinator can act on, explaining why task t (job or shipment pickup) is not served. */
export function unassignedReason(problem: Problem, m: Model, t: number): string {
  const T = m.nTasks;
  const D = m.dims;
  const what = m.kind[t] === JOB ? `job ${String(m.taskId[t])}` : `shipment ${String(m.taskId[t])}→${String(m.taskId[t + 1])}`;
  const skilled = m.vehicles.filter((v) => m.compat[v.index * T + t]);
  if (skilled.length === 0) {
    const skills = skillsOf(problem, m, t);
    const owned = new Set(problem.vehicles.flatMap((v) => v.skills ?? []));
    const missing = skills.filter((x) => !owned.has(x));
    if (m.lockVehicle[t]! >= 0) return `${what} is locked to a vehicle that lacks its skills`;
    return missing.length > 0
      ? `no vehicle has skill ${missing.join(", ")} required by ${what}`
      : `no single vehicle has all the skills ${skills.join(", ")} required by ${what}`;
  }
  const need = (k: number) => Math.max(m.startLoad[t * D + k]! + (m.kind[t] === JOB ? 0 : m.delta[t * D + k]!), m.pick[t * D + k]!);
  const roomy = skilled.filter((v) => Array.from(v.capacity).every((c, k) => need(k) <= c));
  if (roomy.length === 0) {
    const k = Array.from({ length: D }, (_, i) => i).find((i) => skilled.every((v) => need(i) > v.capacity[i]!))!;
    const biggest = Math.max(...skilled.map((v) => v.capacity[k]!));
    return `capacity: ${what} needs ${need(k)} in dimension ${k} but the largest capacity among vehicles able to serve it is ${biggest}`;
  }
  const seq = m.kind[t] === JOB ? Int32Array.of(t) : Int32Array.of(t, t + 1);
  const alone = roomy.filter((v) => simulate(m, v, seq, seq.length, null) < Infinity);
  if (alone.length === 0) {
    const v = roomy[0]!;
    const dur = m.dur[v.type]!;
    const earliest = v.twStart + dur[v.start * m.nLoc + m.loc[t]!]!;
    const lastEnd = m.twEnd[m.twOffset[t + 1]! - 1]!;
    if (earliest > lastEnd)
      return `window ${windowsText(m, t)} of ${what} is unreachable: leaving at ${clock(v.twStart)} the earliest arrival is ${clock(earliest)}`;
    const there = dur[v.start * m.nLoc + m.loc[t]!]! + dur[m.loc[t]! * m.nLoc + v.end]!;
    if (there > v.maxTravel) return `${what} is too far: the round trip takes ${there}, over the maximum travel time ${v.maxTravel}`;
    if (v.breaks.length > 0) return `${what} cannot be served together with the breaks of any vehicle`;
    return `${what} (window ${windowsText(m, t)}) cannot be served within the working hours ${clock(v.twStart)}–${clock(v.twEnd)} of any vehicle able to serve it`;
  }
  const locked = m.lockVehicle[t]! >= 0 ? " on its locked vehicle" : "";
  return `no room left${locked}: adding ${what} to any route of the best plan found breaks a capacity, a time window or a working-time limit, or it would push out higher-priority work`;
}
