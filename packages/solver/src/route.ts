import { DELIVERY, PICKUP, type Model, type VehicleModel } from "./model.js";

/** First service start at or after `t` inside one of task's windows, or NaN if all windows closed. */
export function windowStart(m: Model, task: number, t: number): number {
  for (let k = m.twOffset[task]!, e = m.twOffset[task + 1]!; k < e; k++) {
    if (m.twEnd[k]! >= t) return t > m.twStart[k]! ? t : m.twStart[k]!;
  }
  return NaN;
}

/** Latest service start no later than `bound` inside one of task's windows, or -Infinity. */
function latestStart(m: Model, task: number, bound: number): number {
  for (let k = m.twOffset[task + 1]! - 1, s = m.twOffset[task]!; k >= s; k--) {
    if (m.twStart[k]! <= bound) return bound < m.twEnd[k]! ? bound : m.twEnd[k]!;
  }
  return -Infinity;
}

function breakStart(tws: number[], twe: number[], t: number): number {
  for (let k = 0; k < tws.length; k++) if (twe[k]! >= t) return t > tws[k]! ? t : tws[k]!;
  return NaN;
}

/**
 * One vehicle's route with the caches that make insertion checks O(1): per position
 * (0 = start, 1..n = tasks, n+1 = end) the earliest visit start, the latest feasible
 * visit start, the load when leaving, and prefix / suffix load maxima.
 */
export class Route {
  readonly seq: Int32Array;
  n = 0;
  /** Number of leading tasks locked in place. */
  locked = 0;
  cost = 0;
  travel = 0;
  readonly arrival: Float64Array;
  readonly est: Float64Array;
  readonly lst: Float64Array;
  /** Time spent at the position (setup + service). */
  readonly occ: Float64Array;
  readonly load: Int32Array;
  readonly fwdMax: Int32Array;
  readonly bwdMax: Int32Array;
  /** Break b was taken just before position breakPos[b], starting at breakAt[b]. */
  readonly breakPos: Int32Array;
  readonly breakAt: Float64Array;
  /** posOf[t] = position of task t when seq[posOf[t] - 1] === t (stale otherwise). */
  readonly posOf: Int32Array;

  constructor(
    readonly m: Model,
    readonly v: VehicleModel,
  ) {
    const size = m.nTasks + 2;
    this.seq = new Int32Array(m.nTasks + 1);
    this.arrival = new Float64Array(size);
    this.est = new Float64Array(size);
    this.lst = new Float64Array(size);
    this.occ = new Float64Array(size);
    this.load = new Int32Array(size * m.dims);
    this.fwdMax = new Int32Array(size * m.dims);
    this.bwdMax = new Int32Array(size * m.dims);
    this.breakPos = new Int32Array(v.breaks.length);
    this.breakAt = new Float64Array(v.breaks.length);
    this.posOf = new Int32Array(m.nTasks);
  }

  /** Position (1..n) of task t in this route, or -1. */
  positionOf(t: number): number {
    const p = this.posOf[t]!;
    return p >= 1 && p <= this.n && this.seq[p - 1] === t ? p : -1;
  }

  locAt(pos: number): number {
    if (pos === 0) return this.v.start;
    if (pos > this.n) return this.v.end;
    return this.m.loc[this.seq[pos - 1]!]!;
  }

  copyFrom(o: Route): void {
    const size = o.n + 2;
    const D = this.m.dims;
    this.seq.set(o.seq.subarray(0, o.n));
    this.n = o.n;
    this.locked = o.locked;
    this.cost = o.cost;
    this.travel = o.travel;
    this.arrival.set(o.arrival.subarray(0, size));
    this.est.set(o.est.subarray(0, size));
    this.lst.set(o.lst.subarray(0, size));
    this.occ.set(o.occ.subarray(0, size));
    this.load.set(o.load.subarray(0, size * D));
    this.fwdMax.set(o.fwdMax.subarray(0, size * D));
    this.bwdMax.set(o.bwdMax.subarray(0, size * D));
    this.breakPos.set(o.breakPos);
    this.breakAt.set(o.breakAt);
    for (let i = 0; i < o.n; i++) this.posOf[o.seq[i]!] = i + 1;
  }

  /** Recomputes every cache from `seq`; returns false when the route is infeasible. */
  update(): boolean {
    const c = simulate(this.m, this.v, this.seq, this.n, this);
    this.cost = c;
    for (let i = 0; i < this.n; i++) this.posOf[this.seq[i]!] = i + 1;
    if (c === Infinity) return false;
    const D = this.m.dims;
    const n = this.n;
    for (let k = 0; k < D; k++) this.load[(n + 1) * D + k] = this.load[n * D + k]!;
    for (let i = 0; i <= n + 1; i++)
      for (let k = 0; k < D; k++) {
        const x = this.load[i * D + k]!;
        this.fwdMax[i * D + k] = i === 0 ? x : Math.max(x, this.fwdMax[(i - 1) * D + k]!);
      }
    for (let i = n + 1; i >= 0; i--)
      for (let k = 0; k < D; k++) {
        const x = this.load[i * D + k]!;
        this.bwdMax[i * D + k] = i === n + 1 ? x : Math.max(x, this.bwdMax[(i + 1) * D + k]!);
      }
    if (this.v.simple) {
      const m = this.m;
      const dur = m.dur[this.v.type]!;
      const L = m.nLoc;
      this.lst[n + 1] = this.v.twEnd;
      for (let i = n; i >= 1; i--) {
        const task = this.seq[i - 1]!;
        const bound = this.lst[i + 1]! - dur[m.loc[task]! * L + this.locAt(i + 1)]! - this.occ[i]!;
        this.lst[i] = latestStart(m, task, bound);
      }
      this.lst[0] = this.lst[1]! - dur[this.v.start * L + this.locAt(1)]!;
    }
    return true;
  }
}

/**
 * Schedules tasks `seq[0..n)` on vehicle v as early as possible (breaks placed greedily)
 * and returns the route cost, or Infinity when a hard constraint fails. When `rec` is given,
 * its per-position caches (arrival, start, occupation, load, break placement) are filled.
 */
export function simulate(m: Model, v: VehicleModel, seq: Int32Array, n: number, rec: Route | null): number {
  const D = m.dims;
  if (n === 0) {
    if (rec) {
      // Unused: costs nothing, but insertion deltas are taken against the start→end leg.
      rec.travel = m.dur[v.type]![v.start * m.nLoc + v.end]!;
      rec.est[0] = rec.arrival[0] = v.twStart;
      rec.est[1] = rec.arrival[1] = v.twStart;
      for (let k = 0; k < 2 * D; k++) rec.load[k] = 0;
    }
    return 0;
  }
  if (n > v.maxStops) return Infinity;
  const L = m.nLoc;
  const dur = m.dur[v.type]!;
  const cst = m.cost[v.type]!;
  const cap = v.capacity;
  const load = scratchLoad(D);
  for (let k = 0; k < D; k++) load[k] = 0;
  for (let i = 0; i < n; i++) {
    const t = seq[i]!;
    for (let k = 0; k < D; k++) load[k] = load[k]! + m.startLoad[t * D + k]!;
  }
  for (let k = 0; k < D; k++) if (load[k]! > cap[k]!) return Infinity;
  if (rec) {
    rec.est[0] = rec.arrival[0] = v.twStart;
    rec.occ[0] = 0;
    for (let k = 0; k < D; k++) rec.load[k] = load[k]!;
  }
  const pass = ++m.pass.n;
  let t = v.twStart;
  let prev = v.start;
  let travel = 0;
  let cost = v.fixed;
  let open = 0;
  let bi = 0;
  const breaks = v.breaks;
  for (let i = 0; i <= n; i++) {
    const task = i < n ? seq[i]! : -1;
    const l = task >= 0 ? m.loc[task]! : v.end;
    const d = dur[prev * L + l]!;
    const su = task >= 0 && l !== prev ? m.setup[task]! : 0;
    const busy = task >= 0 ? su + m.service[task]! : 0;
    while (bi < breaks.length) {
      const b = breaks[bi]!;
      const bs = breakStart(b.twStart, b.twEnd, t);
      if (Number.isNaN(bs)) return Infinity;
      let loadOk = true;
      if (b.maxLoad) for (let k = 0; k < D; k++) if (load[k]! > b.maxLoad[k]!) loadOk = false;
      const sNext = task >= 0 ? windowStart(m, task, t + d) : t + d;
      const canLater = task >= 0 && !Number.isNaN(sNext) && !Number.isNaN(breakStart(b.twStart, b.twEnd, sNext + busy));
      const fits = !Number.isNaN(sNext) && bs + b.duration + d <= sNext;
      if (loadOk && (fits || !canLater)) {
        if (rec) {
          rec.breakPos[bi] = i + 1;
          rec.breakAt[bi] = bs;
        }
        t = bs + b.duration;
        bi++;
        continue;
      }
      if (!canLater) return Infinity;
      break;
    }
    const arr = t + d;
    travel += d;
    cost += cst[prev * L + l]!;
    if (task < 0) {
      if (arr > v.twEnd) return Infinity;
      if (rec) {
        rec.arrival[n + 1] = rec.est[n + 1] = arr;
        rec.occ[n + 1] = 0;
      }
      break;
    }
    const s = windowStart(m, task, arr);
    if (Number.isNaN(s)) return Infinity;
    if (s > m.softEnd[task]!) cost += (s - m.softEnd[task]!) * m.lateCost[task]!;
    t = s + busy;
    for (let k = 0; k < D; k++) {
      const x = (load[k]! += m.delta[task * D + k]!);
      if (x > cap[k]! || x < 0) return Infinity;
    }
    const kind = m.kind[task]!;
    if (kind === PICKUP) {
      m.mark[task] = pass;
      open++;
    } else if (kind === DELIVERY) {
      if (m.mark[m.sibling[task]!] !== pass) return Infinity;
      open--;
    }
    if (rec) {
      rec.arrival[i + 1] = arr;
      rec.est[i + 1] = s;
      rec.occ[i + 1] = busy;
      for (let k = 0; k < D; k++) rec.load[(i + 1) * D + k] = load[k]!;
    }
    prev = l;
  }
  if (open !== 0 || travel > v.maxTravel) return Infinity;
  if (rec) rec.travel = travel;
  return cost;
}

let loadScratch = new Int32Array(8);
function scratchLoad(d: number): Int32Array {
  if (loadScratch.length < d) loadScratch = new Int32Array(d);
  return loadScratch;
}
