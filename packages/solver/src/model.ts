import type { Id, Problem, TimeWindow } from "./types.js";
import { dimensions } from "./validate.js";
import { normaliseWindows } from "./windows.js";

/** Task kinds: a job, or one side of a shipment. */
export const JOB = 0;
export const PICKUP = 1;
export const DELIVERY = 2;

export interface BreakModel {
  id: Id;
  twStart: number[];
  twEnd: number[];
  duration: number;
  maxLoad: Int32Array | null;
}

export interface VehicleModel {
  index: number;
  id: Id;
  /** Location index; the model's null location when the route is open. */
  start: number;
  end: number;
  twStart: number;
  twEnd: number;
  capacity: Int32Array;
  maxTravel: number;
  maxStops: number;
  fixed: number;
  /** Index into the per-type matrices. */
  type: number;
  breaks: BreakModel[];
  /** Cap on working time (Infinity: none). */
  maxWork: number;
  /** Multi-trip: depot location, loading time and most trips; null for a single trip. */
  reload: { depot: number; duration: number; maxTrips: number } | null;
  /** True when O(1) insertion checks are exact for this vehicle. */
  simple: boolean;
}

/**
 * The problem flattened into typed arrays. Tasks are jobs, shipment pickups and shipment
 * deliveries; locations get one extra "null" location (last index) at zero distance from
 * everything, used for absent route starts and ends.
 */
export interface Model {
  dims: number;
  nTasks: number;
  nLoc: number;
  nullLoc: number;
  kind: Uint8Array;
  sibling: Int32Array;
  loc: Int32Array;
  service: Int32Array;
  setup: Int32Array;
  /** Load change at the task, per dimension (T × D). */
  delta: Int32Array;
  /** Amount loaded at route start for the task (job deliveries), per dimension. */
  startLoad: Int32Array;
  /** Job pickups per dimension (amount carried from the task to the end). */
  pick: Int32Array;
  twOffset: Int32Array;
  twStart: Float64Array;
  twEnd: Float64Array;
  softEnd: Float64Array;
  lateCost: Float64Array;
  priority: Int32Array;
  /** Cost of leaving the task unassigned (shipments: split over both sides). */
  penalty: Float64Array;
  /** compat[v * T + t] = 1 when vehicle v may serve task t. */
  compat: Uint8Array;
  /** Position lock: -1 or the index the task must take on its vehicle. */
  lockPos: Int32Array;
  lockVehicle: Int32Array;
  taskId: Id[];
  /** Index of the job or shipment in the problem. */
  source: Int32Array;
  vehicles: VehicleModel[];
  dur: Int32Array[];
  dist: Int32Array[];
  cost: Float64Array[];
  /** Global constants used by the search. */
  hasSoft: boolean;
  hasSetup: boolean;
  /** Soft preference: the vehicle index task t should go to (-1: none) and the cost of another. */
  prefVehicle: Int32Array;
  prefCost: Float64Array;
  /** Minimal change: t's predecessor in the baseline plan (see simulate's codes) and the cost of another. */
  basePred: Int32Array;
  orderCost: number;
  /** True when any preference or baseline cost is set (insertion deltas then include them). */
  hasPreferences: boolean;
  /**
   * Balancing phase (null otherwise): the plan's objective adds weight × (longest day, or longest
   * minus shortest) and refuses plans over `maxDistance`; routes carry a convex surrogate of their
   * working day (weight × work² / 2 reference) that guides insertions.
   */
  balance: { objective: "longest-day" | "spread"; weight: number; reference: number; maxDistance: number } | null;
  /** Forces exact O(n) insertion checks (route costs that are not local to an insertion). */
  exact: boolean;
  /** Scratch for precedence checks: mark[t] === pass when t was seen in the current pass. */
  mark: Int32Array;
  pass: { n: number };
}

/** True when the O(1) insertion checks are exact for vehicle v (no breaks, working-time cap, reloads, soft windows or balancing). */
export function fastChecks(m: Model, v: VehicleModel): boolean {
  return v.simple && !m.hasSoft && !m.exact;
}

export interface LockSpec {
  task: number;
  vehicle: number;
  position: number;
}

/** Sorted, disjoint windows (see normaliseWindows); absent means always open. */
function windowsOf(tws: TimeWindow[] | undefined): TimeWindow[] {
  return tws && tws.length > 0 ? normaliseWindows(tws) : [[-1e15, 1e15]];
}

export function buildModel(p: Problem): Model {
  const dims = dimensions(p);
  const jobs = p.jobs ?? [];
  const ships = p.shipments ?? [];
  const T = jobs.length + 2 * ships.length;
  const profiles = Object.keys(p.matrices);
  const size = p.matrices[profiles[0]!]!.durations.length;
  const nLoc = size + 1;
  const kind = new Uint8Array(T);
  const sibling = new Int32Array(T).fill(-1);
  const loc = new Int32Array(T);
  const service = new Int32Array(T);
  const setup = new Int32Array(T);
  const delta = new Int32Array(T * dims);
  const startLoad = new Int32Array(T * dims);
  const pick = new Int32Array(T * dims);
  const softEnd = new Float64Array(T).fill(Infinity);
  const lateCost = new Float64Array(T);
  const priority = new Int32Array(T);
  const source = new Int32Array(T);
  const taskId: Id[] = new Array<Id>(T);
  const windows: TimeWindow[][] = new Array<TimeWindow[]>(T);
  const skills: (number[] | undefined)[] = new Array<number[] | undefined>(T);
  let t = 0;
  jobs.forEach((j, i) => {
    kind[t] = JOB;
    loc[t] = j.location;
    service[t] = j.service ?? 0;
    setup[t] = j.setup ?? 0;
    for (let k = 0; k < dims; k++) {
      const d = j.delivery?.[k] ?? 0;
      const q = j.pickup?.[k] ?? 0;
      startLoad[t * dims + k] = d;
      pick[t * dims + k] = q;
      delta[t * dims + k] = q - d;
    }
    if (j.softWindow) {
      softEnd[t] = j.softWindow.end;
      lateCost[t] = j.softWindow.costPerSecond;
    }
    priority[t] = j.priority ?? 0;
    taskId[t] = j.id;
    windows[t] = windowsOf(j.timeWindows);
    skills[t] = j.skills;
    source[t] = i;
    t++;
  });
  ships.forEach((s, i) => {
    for (const side of [s.pickup, s.delivery]) {
      const isPickup = side === s.pickup;
      kind[t] = isPickup ? PICKUP : DELIVERY;
      sibling[t] = isPickup ? t + 1 : t - 1;
      loc[t] = side.location;
      service[t] = side.service ?? 0;
      setup[t] = side.setup ?? 0;
      for (let k = 0; k < dims; k++) {
        const fromDepot = isPickup ? 0 : s.depotLoad?.[k] ?? 0;
        startLoad[t * dims + k] = fromDepot;
        delta[t * dims + k] = (isPickup ? 1 : -1) * (s.amount?.[k] ?? 0) - fromDepot;
      }
      priority[t] = s.priority ?? 0;
      taskId[t] = side.id;
      windows[t] = windowsOf(side.timeWindows);
      skills[t] = s.skills;
      source[t] = i;
      t++;
    }
  });
  const twOffset = new Int32Array(T + 1);
  for (let i = 0; i < T; i++) twOffset[i + 1] = twOffset[i]! + windows[i]!.length;
  const twStart = new Float64Array(twOffset[T]!);
  const twEnd = new Float64Array(twOffset[T]!);
  for (let i = 0; i < T; i++)
    windows[i]!.forEach(([a, b], k) => {
      twStart[twOffset[i]! + k] = a;
      twEnd[twOffset[i]! + k] = b;
    });

  // Vehicle types: vehicles sharing profile, speed and rates share duration and cost matrices.
  const typeKeys = new Map<string, number>();
  const dur: Int32Array[] = [];
  const dist: Int32Array[] = [];
  const cost: Float64Array[] = [];
  const vehicles: VehicleModel[] = p.vehicles.map((v, index) => {
    const profile = v.profile ?? (profiles.length === 1 ? profiles[0]! : "car");
    const speed = v.speedFactor ?? 1;
    const perHour = v.costs?.perHour ?? 3600;
    const perKm = v.costs?.perKm ?? 0;
    const key = `${profile}|${speed}|${perHour}|${perKm}`;
    let type = typeKeys.get(key);
    if (type === undefined) {
      type = dur.length;
      typeKeys.set(key, type);
      const m = p.matrices[profile]!;
      const d = new Int32Array(nLoc * nLoc);
      const l = new Int32Array(nLoc * nLoc);
      const c = new Float64Array(nLoc * nLoc);
      for (let a = 0; a < size; a++)
        for (let b = 0; b < size; b++) {
          const du = Math.round(m.durations[a]![b]! / speed);
          const di = (m.distances ?? m.durations)[a]![b]!;
          d[a * nLoc + b] = du;
          l[a * nLoc + b] = di;
          c[a * nLoc + b] = (perHour * du) / 3600 + (perKm * di) / 1000;
        }
      dur.push(d);
      dist.push(l);
      cost.push(c);
    }
    const breaks: BreakModel[] = (v.breaks ?? []).map((b) => {
      const tws = windowsOf(b.timeWindows);
      return {
        id: b.id,
        twStart: tws.map((w) => w[0]),
        twEnd: tws.map((w) => w[1]),
        duration: b.duration,
        maxLoad: b.maxLoad ? Int32Array.from(b.maxLoad) : null,
      };
    });
    const capacity = new Int32Array(dims);
    for (let k = 0; k < dims; k++) capacity[k] = v.capacity?.[k] ?? 0;
    const maxWork = v.maxWorkingTime ?? Infinity;
    const reload = v.reload ? { depot: v.reload.location ?? v.end ?? v.start ?? size, duration: v.reload.duration ?? 0, maxTrips: v.reload.maxTrips ?? Infinity } : null;
    return {
      index,
      id: v.id,
      start: v.start ?? size,
      end: v.end ?? size,
      twStart: v.timeWindow?.[0] ?? 0,
      twEnd: v.timeWindow?.[1] ?? 1e15,
      capacity,
      maxTravel: v.maxTravelTime ?? Infinity,
      maxStops: v.maxStops ?? Infinity,
      fixed: v.costs?.fixed ?? 0,
      type,
      breaks,
      maxWork,
      reload,
      simple: breaks.length === 0 && maxWork === Infinity && reload === null,
    };
  });

  const V = vehicles.length;
  const compat = new Uint8Array(V * T);
  for (let vi = 0; vi < V; vi++) {
    const have = new Set(p.vehicles[vi]!.skills ?? []);
    for (let i = 0; i < T; i++) compat[vi * T + i] = (skills[i] ?? []).every((s) => have.has(s)) ? 1 : 0;
  }

  const prefVehicle = new Int32Array(T).fill(-1);
  const prefCost = new Float64Array(T);
  const preference = (t: number, pref: { vehicle: Id; cost: number } | undefined) => {
    if (!pref) return;
    prefVehicle[t] = p.vehicles.findIndex((v) => String(v.id) === String(pref.vehicle));
    prefCost[t] = pref.cost;
  };
  let at = 0;
  for (const j of jobs) preference(at++, j.preference);
  for (const sh of ships) {
    preference(at, sh.preference);
    at += 2;
  }

  // Unassigned penalty: above any achievable routing cost, scaled by priority so that
  // serving more priority always wins (lexicographic objective).
  let bound = 1;
  for (const v of vehicles) bound += v.fixed;
  for (const c of cost) {
    let max = 0;
    for (let i = 0; i < c.length; i++) if (c[i]! > max) max = c[i]!;
    bound += 2 * max * (T + 1);
  }
  for (let i = 0; i < T; i++) if (lateCost[i]! > 0) bound += lateCost[i]! * 1e7;
  for (let i = 0; i < T; i++) bound += prefCost[i]!;
  const penalty = new Float64Array(T);
  for (let i = 0; i < T; i++) penalty[i] = (bound * (1 + priority[i]! * (T + 1))) / (kind[i] === JOB ? 1 : 2);

  return {
    dims,
    nTasks: T,
    nLoc,
    nullLoc: size,
    kind,
    sibling,
    loc,
    service,
    setup,
    delta,
    startLoad,
    pick,
    twOffset,
    twStart,
    twEnd,
    softEnd,
    lateCost,
    priority,
    penalty,
    compat,
    lockPos: new Int32Array(T).fill(-1),
    lockVehicle: new Int32Array(T).fill(-1),
    taskId,
    source,
    vehicles,
    dur,
    dist,
    cost,
    hasSoft: lateCost.some((x) => x > 0),
    hasSetup: setup.some((x) => x > 0),
    prefVehicle,
    prefCost,
    basePred: new Int32Array(T).fill(-1),
    orderCost: 0,
    hasPreferences: prefVehicle.some((x) => x >= 0),
    balance: null,
    exact: false,
    mark: new Int32Array(T),
    pass: { n: 0 },
  };
}
