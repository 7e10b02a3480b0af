import type { Id, PlannedRoute } from "./types.js";

export interface Lock {
  job: Id;
  vehicle: Id;
  /** Index in the route; locked positions must be 0, 1, … k-1 on a vehicle (the part already driven). */
  position?: number;
}

export interface Progress {
  bestCost: number;
  unassigned: number;
  iteration: number;
  elapsedMs: number;
}

export interface SolveOptions {
  /** Seconds; default 10 unless an iteration limit is given. */
  timeLimit?: number;
  iterationLimit?: number;
  seed?: number;
  /** Independent searches with seeds seed, seed+1, …; the best is kept. */
  threads?: number;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  /** Routes to start from (the search keeps what it can of them). */
  initial?: PlannedRoute[];
  locks?: Lock[];
  /**
   * What the time limit counts: wall-clock time (default), or CPU time of the process, so that a
   * plan does not depend on the machine's load (with several solves at once in one process,
   * their CPU times add up: use wall-clock time there).
   */
  clock?: "wall" | "cpu";
  /**
   * Stop before the limit when the search stalls: the cooling cycles in a row that found no better
   * plan were as long as all the search before them (default true). The search also stops
   * at once when no job can be served at all. false: always use the whole budget (benchmarks).
   */
  stopOnIdle?: boolean;
  /** Even out the working days of the vehicles in use (see Balance). */
  balance?: Balance;
  /** Re-planning: the plan being driven, kept as far as it stays good (see Baseline). */
  baseline?: Baseline;
}

/**
 * Balancing: first the cheapest plan, then the most even one whose distance is at most
 * `maxDistanceIncrease` above it (a hard bound). Never gives up a served job for balance.
 */
export interface Balance {
  /** "longest-day": minimise the longest working day; "spread": minimise the longest minus the shortest day over every vehicle given (an unused vehicle's day is 0). */
  objective: "longest-day" | "spread";
  /** Share of distance the balanced plan may add to the cheapest plan's: 0.1 (default) is 10 %. */
  maxDistanceIncrease?: number;
  /** Cost of one second of the objective, in cost units (default 10: a second of the longest day is worth ten seconds of driving). */
  weight?: number;
  /** Share of the time and iteration budget spent balancing (default 0.4). */
  share?: number;
}

/**
 * Minimal change: the plan being driven. Its routes are the starting plan; a job served by
 * another vehicle than in the baseline costs `vehicleChange`, and a job whose predecessor
 * changed costs `orderChange` (both in cost units, default 600 and 60: ten minutes and one
 * minute of driving). Jobs not in the baseline (new orders) move freely.
 */
export interface Baseline {
  routes: PlannedRoute[];
  vehicleChange?: number;
  orderChange?: number;
}
