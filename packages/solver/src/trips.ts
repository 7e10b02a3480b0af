import { JOB, type Model, type VehicleModel } from "./model.js";
import { Fail, fail } from "./failure.js";

/**
 * Multi-trip: a vehicle with `reload` goes back to its depot to load again before a stop whose
 * goods would not fit in the current trip. The rule is greedy and depends only on the order of
 * the stops: a trip takes the next stop while the trip's deliveries (loaded at the depot), its
 * pickups and the shipments on board fit in every compartment at every step; otherwise the
 * vehicle reloads first (dropping what it picked up for the depot). Plan mode applies the same
 * rule, so a route's trips follow from its order.
 */
export const trips = {
  /** before[i] = 1: the vehicle reloads before task i. */
  before: new Uint8Array(16),
  /** startLoad[i * D + k]: the load in dimension k when trip starting at task i leaves (index 0: the route's start). */
  startLoad: new Int32Array(16),
};

const scratch = { max: new Int32Array(8), last: new Int32Array(8), ship: new Int32Array(8) };

/** Fills `trips` for tasks seq[0..n) on vehicle v; false (with `failure` set) when a stop cannot fit even in a trip of its own, or too many trips are needed. */
export function planTrips(m: Model, v: VehicleModel, seq: Int32Array, n: number): boolean {
  const D = m.dims;
  if (trips.before.length < n) {
    trips.before = new Uint8Array(2 * n);
    trips.startLoad = new Int32Array(2 * n * Math.max(D, 1));
  }
  if (trips.startLoad.length < n * D) trips.startLoad = new Int32Array(2 * n * D);
  if (scratch.max.length < D) for (const key of ["max", "last", "ship"] as const) scratch[key] = new Int32Array(D);
  const { max, last, ship } = scratch;
  const cap = v.capacity;
  const limit = v.reload!.maxTrips;
  let count = 1;
  let first = 0;
  for (let k = 0; k < D; k++) max[k] = last[k] = ship[k] = trips.startLoad[k] = 0;
  for (let i = 0; i < n; i++) {
    const t = seq[i]!;
    trips.before[i] = 0;
    let fits = true;
    for (let k = 0; k < D && fits; k++) {
      const sl = m.startLoad[t * D + k]!;
      if (max[k]! + sl > cap[k]! || last[k]! + sl + m.delta[t * D + k]! > cap[k]!) fits = false;
    }
    if (!fits) {
      if (i === first || count >= limit) {
        fail(Fail.Capacity, t, dimensionOver(m, v, t));
        return false;
      }
      // A new trip: what was picked up is left at the depot; shipments on board stay.
      count++;
      first = i;
      trips.before[i] = 1;
      for (let k = 0; k < D; k++) {
        max[k] = last[k] = ship[k]!;
        trips.startLoad[i * D + k] = 0;
      }
      for (let k = 0; k < D; k++) {
        const sl = m.startLoad[t * D + k]!;
        if (max[k]! + sl > cap[k]! || last[k]! + sl + m.delta[t * D + k]! > cap[k]!) {
          fail(Fail.Capacity, t, k);
          return false;
        }
      }
    }
    for (let k = 0; k < D; k++) {
      const sl = m.startLoad[t * D + k]!;
      const after = last[k]! + sl + m.delta[t * D + k]!;
      max[k] = Math.max(max[k]! + sl, after);
      last[k] = after;
      trips.startLoad[first * D + k] = trips.startLoad[first * D + k]! + sl;
      if (m.kind[t] !== JOB) ship[k] = ship[k]! + m.delta[t * D + k]! + sl;
    }
  }
  return true;
}

/** The first dimension in which task t alone is over the vehicle's capacity (0 when none is). */
function dimensionOver(m: Model, v: VehicleModel, t: number): number {
  for (let k = 0; k < m.dims; k++) if (Math.max(m.startLoad[t * m.dims + k]!, m.pick[t * m.dims + k]!) > v.capacity[k]!) return k;
  return 0;
}
