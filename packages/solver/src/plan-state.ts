import type { Model } from "./model.js";
import { Route } from "./route.js";

/** A set of routes (one per vehicle) and the tasks left out; cost includes unassigned penalties. */
export class PlanState {
  readonly routes: Route[];
  /** Route index of each task, or -1 when unassigned. */
  readonly where: Int32Array;
  unassignedCost: number;

  constructor(readonly m: Model) {
    this.routes = m.vehicles.map((v) => new Route(m, v));
    for (const r of this.routes) r.update();
    this.where = new Int32Array(m.nTasks).fill(-1);
    let pen = 0;
    for (let t = 0; t < m.nTasks; t++) pen += m.penalty[t]!;
    this.unassignedCost = pen;
  }

  /** The objective: routing and preference costs, penalties of what is left out, and the balancing term when balancing. */
  cost(): number {
    let c = this.unassignedCost;
    for (const r of this.routes) c += r.cost;
    const b = this.m.balance;
    if (!b) return c;
    let longest = 0;
    let shortest = Infinity;
    let distance = 0;
    for (const r of this.routes) {
      // An unused vehicle's day is 0: the spread is over every vehicle given.
      const work = r.n === 0 ? 0 : r.work;
      if (work < shortest) shortest = work;
      if (r.n === 0) continue;
      c -= r.surrogate;
      distance += r.dist;
      if (work > longest) longest = work;
    }
    if (distance > b.maxDistance) return Infinity;
    return c + b.weight * (b.objective === "longest-day" ? longest : longest - shortest);
  }

  /** Recomputes every route and the unassigned penalties (after the model's costs changed). */
  refresh(): void {
    let pen = 0;
    for (let t = 0; t < this.m.nTasks; t++) if (this.where[t]! < 0) pen += this.m.penalty[t]!;
    this.unassignedCost = pen;
    for (const r of this.routes) if (!r.update()) throw new Error(`internal error: route of vehicle ${String(r.v.id)} became infeasible`);
  }

  /** Copies the routes flagged in `dirty` (and the unassigned set) from o. */
  copyRoutes(o: PlanState, dirty: Uint8Array): void {
    for (let ri = 0; ri < dirty.length; ri++) {
      if (!dirty[ri]) continue;
      const r = this.routes[ri]!;
      for (let i = 0; i < r.n; i++) this.where[r.seq[i]!] = -1;
    }
    for (let ri = 0; ri < dirty.length; ri++) {
      if (!dirty[ri]) continue;
      const r = this.routes[ri]!;
      r.copyFrom(o.routes[ri]!);
      for (let i = 0; i < r.n; i++) this.where[r.seq[i]!] = ri;
    }
    this.unassignedCost = o.unassignedCost;
  }

  copyFrom(o: PlanState): void {
    for (let ri = 0; ri < this.routes.length; ri++) this.routes[ri]!.copyFrom(o.routes[ri]!);
    this.where.set(o.where);
    this.unassignedCost = o.unassignedCost;
  }

  /** Removes the tasks at the given positions of route ri (sorted ascending). */
  removePositions(ri: number, positions: number[]): void {
    const r = this.routes[ri]!;
    let w = 0;
    let p = 0;
    for (let i = 0; i < r.n; i++) {
      const t = r.seq[i]!;
      if (p < positions.length && positions[p] === i) {
        p++;
        this.where[t] = -1;
        this.unassignedCost += this.m.penalty[t]!;
      } else r.seq[w++] = t;
    }
    r.n = w;
    if (r.update()) return;
    // Removing stops can break a route when the matrix violates the triangle inequality
    // (or a break no longer fits): then every unlocked stop of the route is released.
    for (let i = r.locked; i < r.n; i++) {
      const t = r.seq[i]!;
      this.where[t] = -1;
      this.unassignedCost += this.m.penalty[t]!;
    }
    r.n = r.locked;
    if (!r.update()) throw new Error(`internal error: locked stops of vehicle ${String(r.v.id)} are infeasible`);
  }

  /** Replaces route ri's sequence by seq[0..n) (same tasks as before, or tasks moved from another route). */
  setRoute(ri: number, seq: Int32Array, n: number): void {
    const r = this.routes[ri]!;
    r.seq.set(seq.subarray(0, n));
    r.n = n;
    if (!r.update()) throw new Error(`internal error: a local-search move made route of vehicle ${String(r.v.id)} infeasible`);
    for (let i = 0; i < n; i++) this.where[seq[i]!] = ri;
  }

  markInserted(ri: number, task: number): void {
    this.where[task] = ri;
    this.unassignedCost -= this.m.penalty[task]!;
  }
}
