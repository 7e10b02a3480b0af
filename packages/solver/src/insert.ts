import { fastChecks, JOB, type Model } from "./model.js";
import type { Route } from "./route.js";
import { preferenceCost, routeStart, simulate } from "./simulate.js";
import { windowStart } from "./windows.js";
import type { Random } from "./random.js";

/** Best insertion found: cost delta and positions (task goes after position `a`; delivery after `b`). */
export interface Insertion {
  delta: number;
  a: number;
  b: number;
}

let scratch = new Int32Array(16);
function scratchSeq(n: number): Int32Array {
  if (scratch.length < n) scratch = new Int32Array(n * 2);
  return scratch;
}

/** Skips each candidate position with probability `blink` (SISR's blinks). */
function blinked(rng: Random | null, blink: number): boolean {
  return rng !== null && blink > 0 && rng.next() < blink;
}

/** Updates `best` when inserting job u in route r is cheaper; returns whether it was. */
export function bestJobInsertion(m: Model, r: Route, u: number, best: Insertion, rng: Random | null, blink: number): boolean {
  const v = r.v;
  if (!m.compat[v.index * m.nTasks + u] || r.n + 1 > v.maxStops) return false;
  if (!fastChecks(m, v)) return exhaustiveJob(m, r, u, best, rng, blink);
  // Loads only grow along prefix maxima: if the start or end load cannot take u, no position can.
  const D = m.dims;
  for (let k = 0; k < D; k++)
    if (r.load[k]! + m.startLoad[u * D + k]! > v.capacity[k]! || r.load[(r.n + 1) * D + k]! + m.pick[u * D + k]! > v.capacity[k]!) return false;
  let found = false;
  for (let a = r.locked; a <= r.n; a++) if (jobInsertionAt(m, r, u, a, best, rng, blink)) found = true;
  return found;
}

/**
 * O(1) check of job u right after position a of a simple route (no breaks, no soft windows):
 * capacity through prefix/suffix load maxima, time through earliest/latest visit starts.
 * Updates `best` when cheaper and feasible. The caller checks compatibility and max stops.
 */
export function jobInsertionAt(m: Model, r: Route, u: number, a: number, best: Insertion, rng: Random | null, blink: number): boolean {
  const v = r.v;
  const D = m.dims;
  const L = m.nLoc;
  const dur = m.dur[v.type]!;
  const cst = m.cost[v.type]!;
  const cap = v.capacity;
  const lu = m.loc[u]!;
  const la = r.locAt(a);
  const lb = r.locAt(a + 1);
  const fixed = r.n === 0 ? v.fixed + cst[v.start * L + v.end]! : 0; // an empty route costs nothing yet
  const delta = cst[la * L + lu]! + cst[lu * L + lb]! - cst[la * L + lb]! + fixed + (m.hasPreferences ? preferenceDelta(m, r, u, a) : 0);
  if (delta >= best.delta) return false;
  for (let k = 0; k < D; k++) {
    const c = cap[k]!;
    const load = r.load[a * D + k]!;
    const after = r.bwdMax[(a + 1) * D + k]!;
    if (r.fwdMax[a * D + k]! + m.startLoad[u * D + k]! > c || (load > after ? load : after) + m.pick[u * D + k]! > c) return false;
  }
  if (r.travel - dur[la * L + lb]! + dur[la * L + lu]! + dur[lu * L + lb]! > v.maxTravel) return false;
  const s = windowStart(m, u, r.est[a]! + r.occ[a]! + dur[la * L + lu]!);
  if (Number.isNaN(s)) return false;
  const arrB = s + (lu !== la ? m.setup[u]! : 0) + m.service[u]! + dur[lu * L + lb]!;
  if (arrB > r.lst[a + 1]!) return false;
  if (a < r.n && lb === la && lu !== lb && m.setup[r.seq[a]!]! > 0) return false; // would add a setup at b
  if (blinked(rng, blink)) return false;
  best.delta = delta;
  best.a = a;
  best.b = a;
  return true;
}

/** Change in preference costs when job u goes right after position a of r: its own, and the new predecessor of the stop after it. */
function preferenceDelta(m: Model, r: Route, u: number, a: number): number {
  const v = r.v;
  const pred = a === 0 ? routeStart(v) : r.seq[a - 1]!;
  let d = preferenceCost(m, v, u, pred);
  if (a < r.n) d += preferenceCost(m, v, r.seq[a]!, u) - preferenceCost(m, v, r.seq[a]!, pred);
  return d;
}

function exhaustiveJob(m: Model, r: Route, u: number, best: Insertion, rng: Random | null, blink: number): boolean {
  const seq = scratchSeq(r.n + 1);
  let found = false;
  for (let a = r.locked; a <= r.n; a++) {
    seq.set(r.seq.subarray(0, a));
    seq[a] = u;
    seq.set(r.seq.subarray(a, r.n), a + 1);
    const c = simulate(m, r.v, seq, r.n + 1, null);
    if (c === Infinity) continue;
    const delta = c - r.cost;
    if (delta < best.delta && !blinked(rng, blink)) {
      best.delta = delta;
      best.a = best.b = a;
      found = true;
    }
  }
  return found;
}

/** Same as bestJobInsertion for a shipment whose pickup task is p (delivery p + 1). */
export function bestShipmentInsertion(m: Model, r: Route, p: number, best: Insertion, rng: Random | null, blink: number): boolean {
  const v = r.v;
  const q = p + 1;
  if (!m.compat[v.index * m.nTasks + p] || r.n + 2 > v.maxStops) return false;
  const D = m.dims;
  // Goods loaded at the depot for the delivery weigh on the whole route before it: checked exactly.
  if (!fastChecks(m, v) || m.hasPreferences || m.startLoad.subarray(q * D, q * D + D).some((x) => x > 0)) return exhaustiveShipment(m, r, p, best, rng, blink);
  const L = m.nLoc;
  const dur = m.dur[v.type]!;
  const cst = m.cost[v.type]!;
  const cap = v.capacity;
  const lp = m.loc[p]!;
  const lq = m.loc[q]!;
  const fixed = r.n === 0 ? v.fixed + cst[v.start * L + v.end]! : 0; // an empty route costs nothing yet
  let found = false;
  for (let a = r.locked; a <= r.n; a++) {
    const la = r.locAt(a);
    const la1 = r.locAt(a + 1);
    const sP = windowStart(m, p, r.est[a]! + r.occ[a]! + dur[la * L + lp]!);
    if (Number.isNaN(sP)) continue;
    let overload = false;
    for (let k = 0; k < D; k++) if (r.load[a * D + k]! + m.delta[p * D + k]! > cap[k]!) overload = true;
    if (overload) continue;
    let t = sP + (lp !== la ? m.setup[p]! : 0) + m.service[p]!;
    let prev = lp;
    const dPick = cst[la * L + lp]! + cst[lp * L + la1]! - cst[la * L + la1]!;
    const tPick = dur[la * L + lp]! + dur[lp * L + la1]! - dur[la * L + la1]!;
    for (let b = a; b <= r.n; b++) {
      if (b > a) {
        const lb = r.locAt(b);
        const tb = windowStart(m, r.seq[b - 1]!, t + dur[prev * L + lb]!);
        if (Number.isNaN(tb) || tb > r.lst[b]!) break;
        const task = r.seq[b - 1]!;
        t = tb + (lb !== prev ? m.setup[task]! : 0) + m.service[task]!;
        prev = lb;
        let full = false;
        for (let k = 0; k < D; k++) if (r.load[b * D + k]! + m.delta[p * D + k]! > cap[k]!) full = true;
        if (full) break;
      }
      const lb = r.locAt(b);
      const lb1 = r.locAt(b + 1);
      let delta: number;
      let dt: number;
      if (b === a) {
        delta = cst[la * L + lp]! + cst[lp * L + lq]! + cst[lq * L + la1]! - cst[la * L + la1]!;
        dt = dur[la * L + lp]! + dur[lp * L + lq]! + dur[lq * L + la1]! - dur[la * L + la1]!;
      } else {
        delta = dPick + cst[lb * L + lq]! + cst[lq * L + lb1]! - cst[lb * L + lb1]!;
        dt = tPick + dur[lb * L + lq]! + dur[lq * L + lb1]! - dur[lb * L + lb1]!;
      }
      delta += fixed;
      if (delta >= best.delta || r.travel + dt > v.maxTravel) continue;
      const sQ = windowStart(m, q, t + dur[prev * L + lq]!);
      if (Number.isNaN(sQ)) continue;
      const arrNext = sQ + (lq !== prev ? m.setup[q]! : 0) + m.service[q]! + dur[lq * L + lb1]!;
      if (arrNext > r.lst[b + 1]!) continue;
      if (b < r.n && lb1 === lb && lq !== lb1 && m.setup[r.seq[b]!]! > 0) continue; // would add a setup
      if (blinked(rng, blink)) continue;
      best.delta = delta;
      best.a = a;
      best.b = b;
      found = true;
    }
  }
  return found;
}

function exhaustiveShipment(m: Model, r: Route, p: number, best: Insertion, rng: Random | null, blink: number): boolean {
  const seq = scratchSeq(r.n + 2);
  let found = false;
  for (let a = r.locked; a <= r.n; a++)
    for (let b = a; b <= r.n; b++) {
      seq.set(r.seq.subarray(0, a));
      seq[a] = p;
      seq.set(r.seq.subarray(a, b), a + 1);
      seq[b + 1] = p + 1;
      seq.set(r.seq.subarray(b, r.n), b + 2);
      const c = simulate(m, r.v, seq, r.n + 2, null);
      if (c === Infinity) continue;
      const delta = c - r.cost;
      if (delta < best.delta && !blinked(rng, blink)) {
        best.delta = delta;
        best.a = a;
        best.b = b;
        found = true;
      }
    }
  return found;
}

/** Applies an insertion found by the functions above and refreshes the route caches. */
export function applyInsertion(m: Model, r: Route, task: number, ins: Insertion): void {
  const seq = r.seq;
  if (m.kind[task] === JOB) {
    seq.copyWithin(ins.a + 1, ins.a, r.n);
    seq[ins.a] = task;
    r.n += 1;
  } else {
    seq.copyWithin(ins.b + 2, ins.b, r.n);
    seq.copyWithin(ins.a + 1, ins.a, ins.b);
    seq[ins.a] = task;
    seq[ins.b + 1] = task + 1;
    r.n += 2;
  }
  if (!r.update()) throw new Error(`internal error: insertion of task ${String(m.taskId[task])} made route of vehicle ${String(r.v.id)} infeasible`);
}
