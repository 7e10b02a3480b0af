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

  cost(): number {
    let c = this.unassignedCost;
    for (const r of this.routes) c += r.cost;
    return c;
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

  markInserted(ri: number, task: number): void {
    this.where[task] = ri;
    this.unassignedCost -= this.m.penalty[task]!;
  }
}
