import { JOB, type Model } from "./model.js";
import type { PlanState } from "./plan-state.js";
import type { Random } from "./random.js";
import { commitRoutes } from "./commit-routes.js";
import type { Route } from "./route.js";
import { swapStar } from "./swap-star.js";

/**
 * Local search between ruins: relocate, swap and 2-opt* between routes, or-opt and 2-opt inside
 * a route, then SWAP* (Vidal 2022) when nothing simpler helps. Moves are tried around each
 * task's nearest neighbours (granular), screened by their edge-cost change and confirmed by
 * simulating the changed routes, so every accepted move is feasible and lowers the plan's cost.
 * Locked prefixes never move; a shipment's sides move only through whole-route moves that keep
 * them together (2-opt*, or-opt, 2-opt), which the simulation checks.
 */
export class LocalSearch {
  private readonly seqA: Int32Array;
  private readonly seqB: Int32Array;
  private readonly order: Int32Array;
  private readonly width: number;

  constructor(
    private readonly m: Model,
    private readonly neighbours: Int32Array,
    private readonly k: number,
    width = 20,
  ) {
    this.seqA = new Int32Array(m.nTasks + 2);
    this.seqB = new Int32Array(m.nTasks + 2);
    this.order = new Int32Array(m.nTasks);
    this.width = Math.min(k, width);
  }

  /** Improves s in place until no move helps or `maxPasses` passes are done; returns the gain. */
  run(s: PlanState, rng: Random, maxPasses = 50): number {
    const before = s.cost();
    for (let pass = 0; pass < maxPasses; pass++) {
      let improved = false;
      const n = this.shuffledTasks(s, rng);
      for (let i = 0; i < n; i++) if (this.aroundTask(s, this.order[i]!)) improved = true;
      for (let ri = 0; ri < s.routes.length; ri++) if (this.intraRoute(s, ri)) improved = true;
      if (!improved) for (let i = 0; i < n; i++) if (swapStar(this.m, s, this.order[i]!, this.neighbours, this.k, this.width)) improved = true;
      if (!improved) break;
    }
    return before - s.cost();
  }

  private shuffledTasks(s: PlanState, rng: Random): number {
    let n = 0;
    for (let t = 0; t < this.m.nTasks; t++) if (s.where[t]! >= 0) this.order[n++] = t;
    for (let i = n - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      const x = this.order[i]!;
      this.order[i] = this.order[j]!;
      this.order[j] = x;
    }
    return n;
  }

  private allowed(r: Route, t: number): boolean {
    return this.m.compat[r.v.index * this.m.nTasks + t] === 1;
  }

  /** Relocate, swap and 2-opt* of task u with each of its near neighbours. */
  private aroundTask(s: PlanState, u: number): boolean {
    const m = this.m;
    const ra = s.where[u]!;
    if (ra < 0) return false;
    for (let i = 0; i < this.width; i++) {
      const w = this.neighbours[u * this.k + i]!;
      const rb = s.where[w]!;
      if (rb < 0) continue;
      if (m.kind[u] === JOB && this.relocate(s, u, ra, w, rb)) return true;
      if (ra !== rb && m.kind[u] === JOB && m.kind[w] === JOB && this.swap(s, u, ra, w, rb)) return true;
      if (ra !== rb && this.twoOptStar(s, u, ra, w, rb)) return true;
    }
    return false;
  }

  /** Moves u next to w (just after or just before it). */
  private relocate(s: PlanState, u: number, ra: number, w: number, rb: number): boolean {
    const A = s.routes[ra]!;
    const B = s.routes[rb]!;
    const i = A.positionOf(u) - 1;
    const j = B.positionOf(w) - 1;
    if (i < A.locked || !this.allowed(B, u) || (ra !== rb && B.n + 1 > B.v.maxStops)) return false;
    // Emptying a route of a vehicle that costs nothing to use is the annealing's decision: taken
    // greedily on every new best plan, it locked the search into plans with too few routes.
    if (ra !== rb && A.n === 1 && A.v.fixed === 0) return false;
    const c = this.m.cost[A.v.type]!;
    const cb = this.m.cost[B.v.type]!;
    const L = this.m.nLoc;
    const lu = this.m.loc[u]!;
    const removal = c[A.locAt(i) * L + lu]! + c[lu * L + A.locAt(i + 2)]! - c[A.locAt(i) * L + A.locAt(i + 2)]!;
    for (const after of [j, j - 1]) {
      // Insert u after seq index `after` of B (-1: at the start), as it stands before removal.
      if (after + 1 < B.locked) continue;
      if (ra === rb && (after === i || after === i - 1)) continue;
      const x = B.locAt(after + 1);
      const y = B.locAt(after + 2);
      const insertion = cb[x * L + lu]! + cb[lu * L + y]! - cb[x * L + y]!;
      if (insertion - removal >= -1e-9) continue;
      if (ra === rb) {
        const n = this.moveWithin(A, i, 1, after);
        if (this.commit(s, ra, this.seqA, n, -1, this.seqB, 0)) return true;
        continue;
      }
      const nA = this.without(A, i, 1, this.seqA);
      const nB = this.with(B, after + 1, u, this.seqB);
      if (this.commit(s, ra, this.seqA, nA, rb, this.seqB, nB)) return true;
    }
    return false;
  }

  /** Exchanges u and w in place. */
  private swap(s: PlanState, u: number, ra: number, w: number, rb: number): boolean {
    const A = s.routes[ra]!;
    const B = s.routes[rb]!;
    const i = A.positionOf(u) - 1;
    const j = B.positionOf(w) - 1;
    if (i < A.locked || j < B.locked || !this.allowed(A, w) || !this.allowed(B, u)) return false;
    const L = this.m.nLoc;
    const ca = this.m.cost[A.v.type]!;
    const cb = this.m.cost[B.v.type]!;
    const lu = this.m.loc[u]!;
    const lw = this.m.loc[w]!;
    const pa = A.locAt(i);
    const na = A.locAt(i + 2);
    const pb = B.locAt(j);
    const nb = B.locAt(j + 2);
    const delta = ca[pa * L + lw]! + ca[lw * L + na]! - ca[pa * L + lu]! - ca[lu * L + na]! + cb[pb * L + lu]! + cb[lu * L + nb]! - cb[pb * L + lw]! - cb[lw * L + nb]!;
    if (delta >= -1e-9) return false;
    this.seqA.set(A.seq.subarray(0, A.n));
    this.seqA[i] = w;
    this.seqB.set(B.seq.subarray(0, B.n));
    this.seqB[j] = u;
    return this.commit(s, ra, this.seqA, A.n, rb, this.seqB, B.n);
  }

  /** Exchanges the tails after u (in A) and after w (in B). */
  private twoOptStar(s: PlanState, u: number, ra: number, w: number, rb: number): boolean {
    const A = s.routes[ra]!;
    const B = s.routes[rb]!;
    const i = A.positionOf(u) - 1;
    const j = B.positionOf(w) - 1;
    if (i + 1 < A.locked || j + 1 < B.locked) return false;
    const L = this.m.nLoc;
    const ca = this.m.cost[A.v.type]!;
    const cb = this.m.cost[B.v.type]!;
    const lu = this.m.loc[u]!;
    const lw = this.m.loc[w]!;
    const delta = ca[lu * L + B.locAt(j + 2)]! + cb[lw * L + A.locAt(i + 2)]! - ca[lu * L + A.locAt(i + 2)]! - cb[lw * L + B.locAt(j + 2)]!;
    if (delta >= -1e-9) return false;
    for (let x = i + 1; x < A.n; x++) if (!this.allowed(B, A.seq[x]!)) return false;
    for (let x = j + 1; x < B.n; x++) if (!this.allowed(A, B.seq[x]!)) return false;
    this.seqA.set(A.seq.subarray(0, i + 1));
    this.seqA.set(B.seq.subarray(j + 1, B.n), i + 1);
    const nA = i + 1 + B.n - j - 1;
    this.seqB.set(B.seq.subarray(0, j + 1));
    this.seqB.set(A.seq.subarray(i + 1, A.n), j + 1);
    const nB = j + 1 + A.n - i - 1;
    if (nA > A.v.maxStops || nB > B.v.maxStops) return false;
    return this.commit(s, ra, this.seqA, nA, rb, this.seqB, nB);
  }

  /** Or-opt (segments of 1–3 moved elsewhere in the route) and 2-opt (a segment reversed). */
  private intraRoute(s: PlanState, ri: number): boolean {
    const r = s.routes[ri]!;
    if (r.n - r.locked < 2) return false;
    const c = this.m.cost[r.v.type]!;
    const L = this.m.nLoc;
    const at = (x: number) => r.locAt(x + 1); // location of seq index x (-1: start, n: end)
    let improved = false;
    for (let len = 1; len <= 3; len++)
      for (let i = r.locked; i + len <= r.n; i++) {
        const first = at(i);
        const last = at(i + len - 1);
        const removal = c[at(i - 1) * L + first]! + c[last * L + at(i + len)]! - c[at(i - 1) * L + at(i + len)]!;
        for (let after = r.locked - 1; after < r.n; after++) {
          if (after >= i - 1 && after < i + len) continue;
          const insertion = c[at(after) * L + first]! + c[last * L + at(after + 1)]! - c[at(after) * L + at(after + 1)]!;
          if (insertion - removal >= -1e-9) continue;
          const n = this.moveWithin(r, i, len, after);
          if (this.commit(s, ri, this.seqA, n, -1, this.seqB, 0)) {
            improved = true;
            break;
          }
        }
      }
    for (let i = r.locked; i < r.n - 1; i++)
      for (let j = i + 1; j < r.n; j++) {
        let delta = c[at(i - 1) * L + at(j)]! + c[at(i) * L + at(j + 1)]! - c[at(i - 1) * L + at(i)]! - c[at(j) * L + at(j + 1)]!;
        for (let x = i; x < j; x++) delta += c[at(x + 1) * L + at(x)]! - c[at(x) * L + at(x + 1)]!;
        if (delta >= -1e-9) continue;
        this.seqA.set(r.seq.subarray(0, r.n));
        for (let x = i, y = j; x <= j; x++, y--) this.seqA[x] = r.seq[y]!;
        if (this.commit(s, ri, this.seqA, r.n, -1, this.seqB, 0)) improved = true;
      }
    return improved;
  }

  /** Route r's sequence with `len` tasks from index i moved after index `after`, into seqA. */
  private moveWithin(r: Route, i: number, len: number, after: number): number {
    const out = this.seqA;
    let n = 0;
    for (let x = -1; x < r.n; x++) {
      if (x >= i && x < i + len) continue;
      if (x >= 0) out[n++] = r.seq[x]!;
      if (x === after) for (let y = i; y < i + len; y++) out[n++] = r.seq[y]!;
    }
    return n;
  }

  private without(r: Route, i: number, len: number, out: Int32Array): number {
    out.set(r.seq.subarray(0, i));
    out.set(r.seq.subarray(i + len, r.n), i);
    return r.n - len;
  }

  private with(r: Route, index: number, u: number, out: Int32Array): number {
    out.set(r.seq.subarray(0, index));
    out[index] = u;
    out.set(r.seq.subarray(index, r.n), index + 1);
    return r.n + 1;
  }

  /** Simulates the new sequences; applies them when feasible and cheaper. rb < 0: one route. */
  private commit(s: PlanState, ra: number, seqA: Int32Array, nA: number, rb: number, seqB: Int32Array, nB: number): boolean {
    return commitRoutes(this.m, s, ra, seqA, nA, rb, seqB, nB);
  }
}
