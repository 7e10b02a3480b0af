/**
 * Problem and solution format, version 1. The JSON documents read and written by the
 * solver are exactly these types. Vocabulary follows VROOM (job, shipment, vehicle,
 * break, skills, priority, setup, service, unassigned, violations).
 *
 * Units: durations and times are integers in the unit of the duration matrix (seconds for
 * road matrices); distances are integers in the unit of the distance matrix (metres).
 * A time window is `[start, end]`: service may start at any time in it; arriving early means waiting.
 */

export type Id = number | string;
export type TimeWindow = [start: number, end: number];

export interface Matrices {
  /** durations[i][j]: travel time from location i to location j. */
  durations: number[][];
  /** distances[i][j]: travel distance; defaults to the durations when absent. */
  distances?: number[][];
}

export interface Job {
  id: Id;
  /** Index into the matrices. */
  location: number;
  /** Time spent serving the job. */
  service?: number;
  /** Extra time paid once when the vehicle arrives from another location. */
  setup?: number;
  /** Amounts per dimension loaded at the route start and dropped here. */
  delivery?: number[];
  /** Amounts per dimension collected here and carried to the route end. */
  pickup?: number[];
  skills?: number[];
  /** 0–100; higher priority jobs are served first when not all fit. */
  priority?: number;
  /**
   * Hard windows; service must start inside one of them. Absent means always open. Given in
   * any order, overlapping or touching: they are read as their union (see windows.ts).
   */
  timeWindows?: TimeWindow[];
  /** Soft deadline: starting service after `end` costs `costPerSecond` per unit of time late. */
  softWindow?: { end: number; costPerSecond: number };
}

export interface ShipmentStep {
  id: Id;
  location: number;
  service?: number;
  setup?: number;
  timeWindows?: TimeWindow[];
}

/** Collected at `pickup`, delivered at `delivery`, by the same vehicle, pickup first. */
export interface Shipment {
  pickup: ShipmentStep;
  delivery: ShipmentStep;
  amount?: number[];
  skills?: number[];
  priority?: number;
}

export interface Break {
  id: Id;
  /** The break must start inside one of these windows. */
  timeWindows: TimeWindow[];
  duration: number;
  /** The break may only be taken while the load is at most this, per dimension. */
  maxLoad?: number[];
}

export interface Vehicle {
  id: Id;
  /** Absent start or end means an open route. */
  start?: number;
  end?: number;
  capacity?: number[];
  skills?: number[];
  /** Working hours: leave the start no earlier than [0], reach the end no later than [1]; default [0, ∞). */
  timeWindow?: TimeWindow;
  breaks?: Break[];
  /** Cap on the total travel time (waiting and service excluded). */
  maxTravelTime?: number;
  maxStops?: number;
  /** Matrix profile; defaults to "car" or the only profile given. */
  profile?: string;
  /** Travel times are the matrix durations divided by this factor (default 1). */
  speedFactor?: number;
  costs?: {
    /** Paid once if the vehicle is used. */
    fixed?: number;
    /** Paid per hour of travel (default 3600, so that cost = travel seconds). */
    perHour?: number;
    /** Paid per kilometre of distance (default 0). */
    perKm?: number;
  };
}

export interface Problem {
  version: 1;
  name?: string;
  /** Matrices by profile name. */
  matrices: Record<string, Matrices>;
  jobs?: Job[];
  shipments?: Shipment[];
  vehicles: Vehicle[];
}

export type StepType = "start" | "job" | "pickup" | "delivery" | "break" | "end";

export interface Step {
  type: StepType;
  /** Job, shipment step or break id; absent for start and end. */
  id?: Id;
  location?: number;
  arrival: number;
  /** Waiting time before service starts. */
  waiting: number;
  /** Service start. */
  start: number;
  departure: number;
  /** Load per dimension when leaving the step. */
  load: number[];
  /** Lateness with respect to the soft window, if any. */
  lateness?: number;
}

export interface Violation {
  kind:
    | "time-window"
    | "capacity"
    | "skills"
    | "break"
    | "max-travel-time"
    | "max-stops"
    | "working-hours"
    | "precedence"
    | "unknown-step"
    | "duplicate"
    | "locked";
  message: string;
  /** Step id concerned, if any. */
  id?: Id;
}

export interface Route {
  vehicle: Id;
  steps: Step[];
  cost: number;
  duration: number;
  travelTime: number;
  distance: number;
  waiting: number;
  service: number;
  lateness: number;
  violations: Violation[];
}

export interface Unassigned {
  id: Id;
  type: "job" | "shipment";
  reason: string;
}

export interface Solution {
  version: 1;
  cost: number;
  routes: Route[];
  unassigned: Unassigned[];
  summary: {
    cost: number;
    routes: number;
    unassigned: number;
    distance: number;
    travelTime: number;
    lateness: number;
    priorityServed: number;
    violations: number;
    iterations: number;
    runtimeMs: number;
  };
}

/** A route given in a fixed order: step ids (job ids, shipment pickup/delivery ids, break ids). */
export interface PlannedRoute {
  vehicle: Id;
  steps: Id[];
}

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
}
