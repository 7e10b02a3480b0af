import type { Visit } from "./plan-visits.js";

export interface PlannedTrips {
  /** Indices (in the route's visits) before which the vehicle reloads. */
  reloadBefore: Set<number>;
  /** The load leaving for each trip, by the index of its first visit (0: the route's start). */
  startLoads: Map<number, number[]>;
  /** Visits that fit in no trip, or beyond the most trips allowed. */
  overflow: Visit[];
}

/**
 * Plan mode's reading of the multi-trip rule on the problem as written: a trip takes the next
 * visit while every compartment holds at every step (the trip's deliveries are loaded at the
 * depot, pickups stay on board, shipments on board are carried over a reload); otherwise the
 * vehicle reloads first. A visit that fits in no trip, or would need one trip too many, is kept
 * in the current trip (the time pass then reports the overload).
 */
export function tripsOf(served: Visit[], capacity: number[], maxTrips: number, D: number): PlannedTrips {
  const out: PlannedTrips = { reloadBefore: new Set(), startLoads: new Map(), overflow: [] };
  const zero = () => new Array<number>(D).fill(0);
  let first = 0;
  let start = zero();
  let max = zero();
  let last = zero();
  const ship = zero();
  let count = 1;
  const fits = (v: Visit) => v.startLoad.every((sl, k) => max[k]! + sl <= (capacity[k] ?? 0) && last[k]! + sl + v.change[k]! <= (capacity[k] ?? 0));
  served.forEach((v, i) => {
    if (!fits(v) && i > first) {
      if (count < maxTrips) {
        out.startLoads.set(first, start);
        out.reloadBefore.add(i);
        count++;
        first = i;
        start = zero();
        max = [...ship];
        last = [...ship];
      } else out.overflow.push(v);
    }
    if (!fits(v) && !out.overflow.includes(v)) out.overflow.push(v);
    for (let k = 0; k < D; k++) {
      const after = last[k]! + v.startLoad[k]! + v.change[k]!;
      max[k] = Math.max(max[k]! + v.startLoad[k]!, after);
      last[k] = after;
      start[k] = start[k]! + v.startLoad[k]!;
      if (v.type === "pickup" || v.type === "delivery") ship[k] = ship[k]! + v.change[k]! + v.startLoad[k]!;
    }
  });
  out.startLoads.set(first, start);
  return out;
}
