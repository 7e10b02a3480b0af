import { DELIVERY, PICKUP, type Model, type VehicleModel } from "./model.js";
import { Fail, fail } from "./failure.js";
import { planTrips, trips } from "./trips.js";
import { breakStart, closingOf, taskLatest, windowStart } from "./windows.js";

/**
 * What the last successful simulate() measured: working time (from leaving the start, as late
 * as the windows allow: see leave-late.ts, to reaching the end), distance, the part of the cost that is a
 * preference or balancing term rather than routing (`extra`), and the number of trips.
 */
export const routeStats = { work: 0, distance: 0, extra: 0, surrogate: 0, trips: 0 };

/** The per-position caches simulate() fills (positions: 0 = start, 1..n = tasks, n + 1 = end). */
export interface RouteRecord {
  arrival: Float64Array;
  est: Float64Array;
  occ: Float64Array;
  load: Int32Array;
  breakPos: Int32Array;
  breakAt: Float64Array;
  /** reloadAt[pos] >= 0: the vehicle reloaded at its depot (arriving then) before position pos (-1 otherwise). */
  reloadAt: Float64Array;
  travel: number;
}

let loadScratch = new Int32Array(8);
let shipScratch = new Int32Array(8);

/** Preference costs of serving task at this place: another vehicle than its preferred one, another predecessor than in the baseline. */
export function preferenceCost(m: Model, v: VehicleModel, task: number, pred: number): number {
  let c = 0;
  const pv = m.prefVehicle[task]!;
  if (pv >= 0 && pv !== v.index) c += m.prefCost[task]!;
  const bp = m.basePred[task]!;
  if (bp !== NO_BASELINE && bp !== pred) c += m.orderCost;
  return c;
}

/** basePred value of a task that had no place in the baseline. */
export const NO_BASELINE = -1;
/** Predecessor code of the first task of vehicle v's route. */
export const routeStart = (v: VehicleModel) => -2 - v.index;

/**
 * Schedules tasks `seq[0..n)` on vehicle v as early as possible (breaks placed greedily, and
 * for a vehicle that reloads, a trip back to its depot before a stop whose goods would not fit)
 * and returns the route cost, or Infinity when a hard constraint fails (see `failure`). When
 * `rec` is given, its per-position caches are filled.
 */
export function simulate(m: Model, v: VehicleModel, seq: Int32Array, n: number, rec: RouteRecord | null): number {
  const D = m.dims;
  routeStats.work = routeStats.distance = routeStats.extra = routeStats.surrogate = routeStats.trips = 0;
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
  if (n > v.maxStops) return fail(Fail.MaxStops);
  const L = m.nLoc;
  const dur = m.dur[v.type]!;
  const dst = m.dist[v.type]!;
  const cst = m.cost[v.type]!;
  const cap = v.capacity;
  if (loadScratch.length < D) {
    loadScratch = new Int32Array(D);
    shipScratch = new Int32Array(D);
  }
  const load = loadScratch;
  const ship = shipScratch;
  const reload = v.reload;
  if (reload) {
    if (!planTrips(m, v, seq, n)) return Infinity;
    for (let k = 0; k < D; k++) load[k] = trips.startLoad[k]!;
  } else {
    for (let k = 0; k < D; k++) load[k] = 0;
    for (let i = 0; i < n; i++) for (let k = 0; k < D; k++) load[k] = load[k]! + m.startLoad[seq[i]! * D + k]!;
    for (let k = 0; k < D; k++) if (load[k]! > cap[k]!) return fail(Fail.Capacity, -1, k);
  }
  for (let k = 0; k < D; k++) ship[k] = 0;
  if (rec) {
    rec.est[0] = rec.arrival[0] = v.twStart;
    rec.occ[0] = 0;
    for (let k = 0; k < D; k++) rec.load[k] = load[k]!;
  }
  const pass = ++m.pass.n;
  let t = v.twStart;
  let prev = v.start;
  let travel = 0;
  let distance = 0;
  let cost = v.fixed;
  let extra = 0;
  let open = 0;
  let bi = 0;
  // Forward time slack of the departure: waiting met so far, and the least room before a latest start.
  let waited = 0;
  let slack = Infinity;
  let tripCount = 1;
  let reloaded = false;
  const breaks = v.breaks;
  for (let i = 0; i <= n; ) {
    // The next stop: a reload at the depot before task i, task i, or the route's end.
    const isReload = reload !== null && i < n && trips.before[i] === 1 && !reloaded;
    const task = isReload ? -2 : i < n ? seq[i]! : -1;
    const l = isReload ? reload!.depot : task >= 0 ? m.loc[task]! : v.end;
    const d = dur[prev * L + l]!;
    const su = task >= 0 && l !== prev ? m.setup[task]! : 0;
    const busy = task >= 0 ? su + m.service[task]! : isReload ? reload!.duration : 0;
    while (bi < breaks.length) {
      const b = breaks[bi]!;
      const bs = breakStart(b.twStart, b.twEnd, t);
      if (Number.isNaN(bs)) return fail(Fail.Break);
      let loadOk = true;
      if (b.maxLoad) for (let k = 0; k < D; k++) if (load[k]! > b.maxLoad[k]!) loadOk = false;
      const sNext = task >= 0 ? windowStart(m, task, t + d) : t + d;
      const canLater = task !== -1 && !Number.isNaN(sNext) && !Number.isNaN(breakStart(b.twStart, b.twEnd, sNext + busy));
      const fits = !Number.isNaN(sNext) && bs + b.duration + d <= sNext;
      if (loadOk && (fits || !canLater)) {
        if (rec) {
          // Before position i + 1; negative: before the reload that precedes it.
          rec.breakPos[bi] = isReload ? -(i + 1) : i + 1;
          rec.breakAt[bi] = bs;
        }
        waited += bs - t;
        slack = Math.min(slack, waited + closingOf(b.twStart, b.twEnd, 0, b.twStart.length, bs) - bs);
        t = bs + b.duration;
        bi++;
        continue;
      }
      if (!canLater) return fail(Fail.Break);
      break;
    }
    const arr = t + d;
    travel += d;
    distance += dst[prev * L + l]!;
    cost += cst[prev * L + l]!;
    prev = l;
    if (task === -1) {
      if (arr > v.twEnd) return fail(Fail.WorkingHours);
      if (rec) {
        rec.arrival[n + 1] = rec.est[n + 1] = arr;
        rec.occ[n + 1] = 0;
      }
      t = arr;
      break;
    }
    if (isReload) {
      if (rec) rec.reloadAt[i + 1] = arr;
      t = arr + busy;
      for (let k = 0; k < D; k++) load[k] = ship[k]! + trips.startLoad[i * D + k]!;
      tripCount++;
      reloaded = true;
      continue;
    }
    if (rec && !reloaded) rec.reloadAt[i + 1] = -1;
    reloaded = false;
    const s = windowStart(m, task, arr);
    if (Number.isNaN(s)) return fail(Fail.TimeWindow, task);
    waited += s - arr;
    slack = Math.min(slack, waited + taskLatest(m, task, s) - s);
    if (s > m.softEnd[task]!) cost += (s - m.softEnd[task]!) * m.lateCost[task]!;
    const pref = preferenceCost(m, v, task, i === 0 ? routeStart(v) : seq[i - 1]!);
    cost += pref;
    extra += pref;
    t = s + busy;
    const kind = m.kind[task]!;
    for (let k = 0; k < D; k++) {
      const dl = m.delta[task * D + k]!;
      if (kind !== 0) ship[k] = ship[k]! + dl + m.startLoad[task * D + k]!;
      const x = (load[k]! += dl);
      if (x > cap[k]!) return fail(Fail.Capacity, task, k);
      if (x < 0) return fail(Fail.Precedence, task);
    }
    if (kind === PICKUP) {
      m.mark[task] = pass;
      open++;
    } else if (kind === DELIVERY) {
      if (m.mark[m.sibling[task]!] !== pass) return fail(Fail.Precedence, task);
      open--;
    }
    if (rec) {
      rec.arrival[i + 1] = arr;
      rec.est[i + 1] = s;
      rec.occ[i + 1] = busy;
      for (let k = 0; k < D; k++) rec.load[(i + 1) * D + k] = load[k]!;
    }
    i++;
  }
  if (open !== 0) return fail(Fail.Precedence);
  if (travel > v.maxTravel) return fail(Fail.MaxTravelTime);
  // Leaving as late as the windows allow (leave-late.ts) puts off the start by this much.
  const work = t - v.twStart - Math.max(0, Math.min(slack, waited));
  if (work > v.maxWork) return fail(Fail.MaxWorkingTime);
  let surrogate = 0;
  if (m.balance) {
    // Balancing: a convex cost of the working day steers insertions towards the shorter days.
    surrogate = (m.balance.weight * work * work) / (2 * m.balance.reference);
    cost += surrogate;
    extra += surrogate;
  }
  if (rec) rec.travel = travel;
  routeStats.work = work;
  routeStats.distance = distance;
  routeStats.extra = extra;
  routeStats.surrogate = surrogate;
  routeStats.trips = tripCount;
  return cost;
}
