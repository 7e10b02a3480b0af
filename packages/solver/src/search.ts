import { DELIVERY, fastChecks, JOB, type Model } from "./model.js";
import { applyInsertion, bestJobInsertion, bestShipmentInsertion, jobInsertionAt, type Insertion } from "./insert.js";
import { PlanState } from "./plan-state.js";
import { Random } from "./random.js";
import { neighbourLists } from "./neighbours.js";
import { simulate } from "./simulate.js";
import type { Progress } from "./types.js";

/** Tuning of the ruin-and-recreate search (defaults from Christiaens & Vanden Berghe 2020). */
export interface SearchParams {
  timeLimitMs: number;
  iterationLimit: number;
  seed: number;
  signal?: AbortSignal;
  /**
   * What the time limit measures: wall-clock time (default), or CPU time of this process
   * (benchmarks on a shared, overloaded machine).
   */
  clock?: "wall" | "cpu";
  /** Reads the clock in milliseconds (tests use a fake one); overrides `clock`. */
  now?: () => number;
  /** Polled every iteration besides the signal (used across threads). */
  shouldStop?: () => boolean;
  onProgress?: (p: Progress) => void;
  /** Average number of removed customers per ruin (c̄). */
  averageRemoved: number;
  /** Maximum string length (L_max). */
  maxString: number;
  /** Probability of a split string instead of a plain string (0 disables). */
  splitRate: number;
  /** Probability that a ruin empties a whole route instead of removing strings. */
  routeRemovalRate: number;
  /** Share of the budget spent on fleet minimisation when vehicle fixed costs dominate (0 disables). */
  fleetShare: number;
  /** Probability of skipping an insertion position (0 disables blinks). */
  blinkRate: number;
  /** Neighbours whose positions are tried in granular insertion (0: every position); default 40 above 200 tasks. */
  granularity?: number;
  /** Start and final temperatures of each cooling cycle, as multiples of the average edge cost of the first plan. */
  startTemperature: number;
  finalTemperature: number;
  /** Length of the first cooling cycle in iterations (default from the problem's size), and the growth of the next ones. */
  firstCycle?: number;
  cycleGrowth: number;
  /** Stop when the cooling cycles in a row that found no better plan were as long as all the cycles before them. */
  stopOnIdle: boolean;
  /** Local search on the first plan and on every new best plan. */
  localSearch: boolean;
}

export const defaultParams: Omit<SearchParams, "timeLimitMs" | "iterationLimit" | "seed"> = {
  averageRemoved: 10,
  maxString: 10,
  splitRate: 0.5,
  routeRemovalRate: 0.02,
  fleetShare: 0.3,
  blinkRate: 0.01,
  startTemperature: 1,
  finalTemperature: 0.01,
  cycleGrowth: 3,
  stopOnIdle: true,
  localSearch: true,
};

export interface SearchResult {
  best: PlanState;
  iterations: number;
  /** Time spent, by the clock the limit counts. */
  elapsedMs: number;
}

/** Sorting orders for the recreate step, with SISR's weights random 4, demand 4, far 2, close 1. */
const ORDERS = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3];

export class Search {
  readonly rng: Random;
  readonly neighbours: Int32Array;
  readonly k: number;
  readonly heads: Int32Array;
  private readonly demandKey: Float64Array;
  private readonly farKey: Float64Array;
  readonly vehicleClass: Int32Array;
  private readonly triedClass: Uint8Array;
  private readonly ruined: Uint8Array;
  private readonly removed: Int32Array;
  private readonly best: Insertion = { delta: 0, a: 0, b: 0 };
  private readonly positions: number[] = [];
  private readonly granularity: number;
  /** Vehicles that recreate may not use (fleet minimisation). */
  readonly disabled: Uint8Array;
  /** servable[t] = 1 when some vehicle can serve request t on its own: the others are never tried. */
  readonly servable: Uint8Array;

  constructor(
    readonly m: Model,
    readonly params: SearchParams,
  ) {
    this.rng = new Random(params.seed);
    const T = m.nTasks;
    const heads: number[] = [];
    for (let t = 0; t < T; t++) if (m.kind[t] !== DELIVERY) heads.push(t);
    this.heads = Int32Array.from(heads);
    this.k = Math.min(T - 1, 100);
    this.neighbours = neighbourLists(m, this.k);
    this.granularity = Math.min(this.k, params.granularity ?? (T > 200 ? 40 : 0));
    this.demandKey = new Float64Array(T);
    this.farKey = new Float64Array(T);
    const v0 = m.vehicles[0]!;
    const c0 = m.cost[v0.type]!;
    for (let t = 0; t < T; t++) {
      let d = 0;
      for (let k = 0; k < m.dims; k++) d += m.startLoad[t * m.dims + k]! + m.pick[t * m.dims + k]! + Math.abs(m.delta[t * m.dims + k]!);
      this.demandKey[t] = d;
      this.farKey[t] = c0[v0.start * m.nLoc + m.loc[t]!]!;
    }
    const classes = new Map<string, number>();
    this.vehicleClass = Int32Array.from(
      m.vehicles.map((v) => {
        const key = JSON.stringify([v.type, v.start, v.end, v.twStart, v.twEnd, [...v.capacity], v.maxTravel, v.maxStops, v.fixed, v.breaks,
          Array.from(m.compat.subarray(v.index * T, (v.index + 1) * T)).join("")]);
        if (!classes.has(key)) classes.set(key, classes.size);
        return classes.get(key)!;
      }),
    );
    this.triedClass = new Uint8Array(classes.size);
    this.ruined = new Uint8Array(m.vehicles.length);
    this.disabled = new Uint8Array(m.vehicles.length);
    this.removed = new Int32Array(T);
    this.servable = new Uint8Array(T);
    for (const t of this.heads) this.servable[t] = servableAlone(m, t) ? 1 : 0;
  }

  /** Inserts every unassigned request of `s` where it fits best; returns the new cost. */
  recreate(s: PlanState, dirty: Uint8Array, blink: number): void {
    const m = this.m;
    let count = 0;
    for (let i = 0; i < this.heads.length; i++) {
      const t = this.heads[i]!;
      if (s.where[t]! < 0 && m.lockPos[t]! < 0 && this.servable[t]) this.removed[count++] = t;
    }
    const list = this.removed.subarray(0, count);
    this.order(list);
    const rng = blink > 0 ? this.rng : null;
    for (let i = 0; i < count; i++) {
      const t = list[i]!;
      const best = this.best;
      best.delta = Infinity;
      let bestRoute = -1;
      this.triedClass.fill(0);
      const lockedVehicle = m.lockVehicle[t]!;
      const granular = this.granularity > 0 && m.kind[t] === JOB;
      if (granular) bestRoute = this.granularInsertion(s, t, rng, blink);
      for (let ri = 0; ri < s.routes.length; ri++) {
        if ((lockedVehicle >= 0 && ri !== lockedVehicle) || this.disabled[ri]) continue;
        if (granular && bestRoute >= 0 && s.routes[ri]!.n > 0 && fastChecks(m, s.routes[ri]!.v)) continue;
        const r = s.routes[ri]!;
        if (r.n === 0) {
          const c = this.vehicleClass[ri]!;
          if (this.triedClass[c]) continue;
          this.triedClass[c] = 1;
        }
        const found = m.kind[t] === JOB ? bestJobInsertion(m, r, t, best, rng, blink) : bestShipmentInsertion(m, r, t, best, rng, blink);
        if (found) bestRoute = ri;
      }
      if (bestRoute < 0) continue;
      applyInsertion(m, s.routes[bestRoute]!, t, best);
      s.markInserted(bestRoute, t);
      if (m.kind[t] !== JOB) s.markInserted(bestRoute, t + 1);
      dirty[bestRoute] = 1;
    }
  }

  /**
   * Granular insertion (large instances): only the positions next to the task's nearest
   * neighbours are tried in simple routes. Returns the best route found, or -1.
   */
  private granularInsertion(s: PlanState, t: number, rng: Random | null, blink: number): number {
    const m = this.m;
    const best = this.best;
    const T = m.nTasks;
    let bestRoute = -1;
    for (let i = 0; i < this.granularity; i++) {
      const w = this.neighbours[t * this.k + i]!;
      const ri = s.where[w]!;
      if (ri < 0 || this.disabled[ri]) continue;
      const r = s.routes[ri]!;
      const v = r.v;
      if (!fastChecks(m, v) || !m.compat[v.index * T + t] || r.n + 1 > v.maxStops) continue;
      if (m.lockVehicle[t]! >= 0 && m.lockVehicle[t] !== ri) continue;
      const p = r.positionOf(w);
      if (p - 1 >= r.locked && jobInsertionAt(m, r, t, p - 1, best, rng, blink)) bestRoute = ri;
      if (p >= r.locked && jobInsertionAt(m, r, t, p, best, rng, blink)) bestRoute = ri;
    }
    return bestRoute;
  }

  private order(list: Int32Array): void {
    const rng = this.rng;
    for (let i = list.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      const x = list[i]!;
      list[i] = list[j]!;
      list[j] = x;
    }
    const o = ORDERS[rng.int(ORDERS.length)]!;
    if (o === 1) list.sort((a, b) => this.demandKey[b]! - this.demandKey[a]!);
    else if (o === 2) list.sort((a, b) => this.farKey[b]! - this.farKey[a]!);
    else if (o === 3) list.sort((a, b) => this.farKey[a]! - this.farKey[b]!);
  }

  /** SISR ruin: removes strings of consecutive stops from routes near a random seed task. */
  ruin(s: PlanState, dirty: Uint8Array): void {
    const m = this.m;
    const rng = this.rng;
    const p = this.params;
    let served = 0;
    let used = 0;
    for (const r of s.routes)
      if (r.n > 0) {
        served += r.n;
        used++;
      }
    if (used === 0) return;
    if (rng.next() < p.routeRemovalRate && this.removeRoute(s, dirty, used)) return;
    const lsMax = Math.min(p.maxString, served / used);
    const ksMax = (4 * p.averageRemoved) / (1 + lsMax) - 1;
    const ks = Math.floor(rng.next() * ksMax) + 1;
    this.ruined.fill(0);
    const seed = rng.int(m.nTasks);
    let done = 0;
    for (let i = -1; i < this.k && done < ks; i++) {
      const c = i < 0 ? seed : this.neighbours[seed * this.k + i]!;
      const ri = s.where[c]!;
      if (ri < 0 || this.ruined[ri]) continue;
      const r = s.routes[ri]!;
      const free = r.n - r.locked;
      if (free <= 0) continue;
      let pos = -1;
      for (let j = r.locked; j < r.n; j++) if (r.seq[j] === c) pos = j;
      if (pos < 0) continue;
      const lMax = Math.min(free, lsMax);
      const l = Math.floor(rng.next() * lMax) + 1;
      this.removeString(s, ri, pos, l);
      this.ruined[ri] = 1;
      dirty[ri] = 1;
      done++;
    }
  }

  /** Empties one used route (at random) so that its stops are spread over the others. */
  private removeRoute(s: PlanState, dirty: Uint8Array, used: number): boolean {
    let k = this.rng.int(used);
    for (let ri = 0; ri < s.routes.length; ri++) {
      const r = s.routes[ri]!;
      if (r.n === 0 || k-- > 0) continue;
      if (r.n === r.locked) return false;
      const positions = this.positions;
      positions.length = 0;
      for (let j = r.locked; j < r.n; j++) positions.push(j);
      s.removePositions(ri, positions);
      dirty[ri] = 1;
      return true;
    }
    return false;
  }

  private removeString(s: PlanState, ri: number, pos: number, l: number): void {
    const r = s.routes[ri]!;
    const rng = this.rng;
    const free = r.n - r.locked;
    let keep = 0;
    if (l < free && rng.next() < this.params.splitRate) {
      keep = 1;
      while (l + keep < free && rng.next() > 0.01) keep++;
    }
    const len = l + keep;
    const lo = Math.max(r.locked, pos - len + 1);
    const hi = Math.min(pos, r.n - len);
    const start = lo + rng.int(hi - lo + 1);
    const keepStart = keep > 0 ? start + rng.int(l + 1) : -1;
    const marks = this.positions;
    marks.length = 0;
    const m = this.m;
    for (let j = start; j < start + len; j++) {
      if (j >= keepStart && j < keepStart + keep) continue;
      marks.push(j);
    }
    // A shipment leaves with both sides.
    const extra: number[] = [];
    for (const j of marks) {
      const t = r.seq[j]!;
      if (m.kind[t] !== JOB) {
        const sib = m.sibling[t]!;
        for (let x = r.locked; x < r.n; x++) if (r.seq[x] === sib && (x < start || x >= start + len || (x >= keepStart && x < keepStart + keep))) extra.push(x);
      }
    }
    for (const x of extra) if (!marks.includes(x)) marks.push(x);
    marks.sort((a, b) => a - b);
    s.removePositions(ri, marks);
  }
}

/** True when some vehicle able to take request t (a job, or a shipment's pickup) can serve it alone. */
export function servableAlone(m: Model, t: number): boolean {
  const seq = m.kind[t] === JOB ? Int32Array.of(t) : Int32Array.of(t, t + 1);
  return m.vehicles.some((v) => m.compat[v.index * m.nTasks + t] === 1 && simulate(m, v, seq, seq.length, null) < Infinity);
}
