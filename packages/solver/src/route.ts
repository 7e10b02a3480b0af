import { fastChecks, type Model, type VehicleModel } from "./model.js";
import { routeStats, simulate, type RouteRecord } from "./simulate.js";
import { latestStart } from "./windows.js";


/**
 * One vehicle's route with the caches that make insertion checks O(1): per position
 * (0 = start, 1..n = tasks, n+1 = end) the earliest visit start, the latest feasible
 * visit start, the load when leaving, and prefix / suffix load maxima.
 */
export class Route implements RouteRecord {
  readonly seq: Int32Array;
  n = 0;
  /** Number of leading tasks locked in place. */
  locked = 0;
  /** Objective cost of the route: routing cost plus `extra`. */
  cost = 0;
  /** Preference and balancing terms included in `cost` (not part of the plan's reported cost). */
  extra = 0;
  /** The balancing part of `extra` (see simulate). */
  surrogate = 0;
  travel = 0;
  /** Working time, distance and number of trips (see simulate). */
  work = 0;
  dist = 0;
  trips = 0;
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
  readonly reloadAt: Float64Array;
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
    this.reloadAt = new Float64Array(size).fill(-1);
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
    this.extra = o.extra;
    this.surrogate = o.surrogate;
    this.travel = o.travel;
    this.work = o.work;
    this.dist = o.dist;
    this.trips = o.trips;
    this.arrival.set(o.arrival.subarray(0, size));
    this.est.set(o.est.subarray(0, size));
    this.lst.set(o.lst.subarray(0, size));
    this.occ.set(o.occ.subarray(0, size));
    this.load.set(o.load.subarray(0, size * D));
    this.fwdMax.set(o.fwdMax.subarray(0, size * D));
    this.bwdMax.set(o.bwdMax.subarray(0, size * D));
    this.breakPos.set(o.breakPos);
    this.breakAt.set(o.breakAt);
    if (o.v.reload) this.reloadAt.set(o.reloadAt.subarray(0, size));
    for (let i = 0; i < o.n; i++) this.posOf[o.seq[i]!] = i + 1;
  }

  /** Recomputes every cache from `seq`; returns false when the route is infeasible. */
  update(): boolean {
    const c = simulate(this.m, this.v, this.seq, this.n, this);
    this.cost = c;
    this.extra = routeStats.extra;
    this.surrogate = routeStats.surrogate;
    this.work = routeStats.work;
    this.dist = routeStats.distance;
    this.trips = routeStats.trips;
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
    if (fastChecks(this.m, this.v)) {
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
