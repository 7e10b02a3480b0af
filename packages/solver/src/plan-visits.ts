import type { Id, Problem, TimeWindow } from "./types.js";

/** A job or shipment step as plan mode reads it from the problem (independently of the solver's model). */
export interface Visit {
  type: "job" | "pickup" | "delivery" | "reload";
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

export function visits(problem: Problem, dims: number): Map<string, Visit> {
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
    const fromDepot = s.depotLoad ?? zero();
    for (const [type, step] of [["pickup", s.pickup], ["delivery", s.delivery]] as const)
      out.set(String(step.id), {
        type, id: step.id, location: step.location, service: step.service ?? 0, setup: step.setup ?? 0, windows: step.timeWindows ?? [],
        change: q.map((x, k) => (type === "pickup" ? x : -x - (fromDepot[k] ?? 0))), startLoad: type === "pickup" ? zero() : [...fromDepot],
        skills: s.skills ?? [], shipment: i,
      });
  });
  return out;
}

/** Earliest start at or after t in the windows (or t when there are none); NaN when all are closed. */
export function opening(windows: TimeWindow[], t: number): number {
  if (windows.length === 0) return t;
  let best = NaN;
  for (const [a, b] of windows) if (b >= t && !(Math.max(a, t) >= best)) best = Math.max(a, t);
  return best;
}

export function dims(problem: Problem): number {
  let d = 0;
  for (const v of problem.vehicles) d = Math.max(d, v.capacity?.length ?? 0);
  for (const j of problem.jobs ?? []) d = Math.max(d, j.delivery?.length ?? 0, j.pickup?.length ?? 0);
  for (const s of problem.shipments ?? []) d = Math.max(d, s.amount?.length ?? 0, s.depotLoad?.length ?? 0);
  return d;
}

