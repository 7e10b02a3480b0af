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
  /** Soft preference for one vehicle (the household's usual driver): serving it with another costs `cost`. */
  preference?: Preference;
}

/** A soft preference for a vehicle: `cost` is added to the plan's objective when another vehicle serves the job. */
export interface Preference {
  vehicle: Id;
  cost: number;
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
  /**
   * Amounts per dimension loaded at the route start (for a vehicle that reloads, at the start of
   * the delivery's trip) and dropped at the delivery with the shipment, like a job's delivery:
   * goods handed over together with it that come from the depot, not from the pickup.
   */
  depotLoad?: number[];
  skills?: number[];
  priority?: number;
  preference?: Preference;
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
  /** Cap on the working time: from leaving the start (as late as the windows allow) to reaching the end, waiting, service and breaks included. */
  maxWorkingTime?: number;
  /**
   * Multi-trip: the vehicle may go back to a depot (`location`, default its end, else its start)
   * to load again, taking `duration`, before a stop whose goods would not fit; at most `maxTrips`
   * trips in its working day (default: no limit). See trips.ts for the rule.
   */
  reload?: { location?: number; duration?: number; maxTrips?: number };
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

/** `reload`: a multi-trip vehicle back at its depot to load its next trip (a Tournée addition to VROOM's types). */
export type StepType = "start" | "job" | "pickup" | "delivery" | "break" | "reload" | "end";

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
  /** Multi-trip vehicles: the trip (1, 2, …) this step belongs to; a reload step opens its trip. */
  trip?: number;
}

export interface Violation {
  kind:
    | "time-window"
    | "capacity"
    | "skills"
    | "break"
    | "max-travel-time"
    | "max-working-time"
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
  /** Working time: from leaving the start to reaching the end (travel, waiting, service, breaks, reloads). */
  duration: number;
  /** Driving time. */
  travelTime: number;
  distance: number;
  waiting: number;
  service: number;
  lateness: number;
  /** Total delivered and picked up per capacity dimension (compartment), as in VROOM. */
  delivery: number[];
  pickup: number[];
  /** Highest load per dimension at any point of the route. */
  maxLoad: number[];
  /** Number of trips (1 unless the vehicle reloads). */
  trips: number;
  violations: Violation[];
}

/** One cause for which a job or shipment is left out, true of the problem as given (property-tested). */
export interface UnassignedReason {
  /**
   * - `skills`: no vehicle (or not the one it is locked to) has the skills it needs;
   * - `capacity`: a compartment (`dimension`) is too small, or full on these vehicles;
   * - `time-window`: its window cannot be reached, or every place in the route misses it or
   *   another stop's window (`stop`);
   * - `working-hours`: the vehicle's time window (the driver's availability) would be exceeded;
   * - `max-travel-time`, `max-working-time`, `max-stops`: the vehicle's limit would be exceeded;
   * - `break`: the driver's break could no longer be taken in its window;
   * - `precedence`: a shipment's pickup and delivery cannot both fit, pickup first;
   * - `priority`: it would fit, but was left out (never produced by solve: a plan with room takes it).
   */
  kind: "skills" | "capacity" | "time-window" | "working-hours" | "max-travel-time" | "max-working-time" | "max-stops" | "break" | "precedence" | "priority";
  /** true: holds for the job served on its own; false: holds for every place in these vehicles' routes of this plan. */
  alone: boolean;
  /** The vehicles this cause holds for. */
  vehicles: Id[];
  /** Capacity dimension (compartment index), for `capacity`. */
  dimension?: number;
  /** For `time-window` in a route: the step whose window would be missed. */
  stop?: Id;
  /** The same in English words. */
  message: string;
}

export interface Unassigned {
  id: Id;
  type: "job" | "shipment";
  /** The reasons' messages in one sentence. */
  reason: string;
  /** Every cause, one per kind (and dimension or stop); empty only in plan mode. */
  reasons: UnassignedReason[];
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
    /** Working time (route duration) over the routes in use: total, longest and shortest day. */
    workingTime: { total: number; longest: number; shortest: number };
  };
}

/** A route given in a fixed order: step ids (job ids, shipment pickup/delivery ids, break ids). */
export interface PlannedRoute {
  vehicle: Id;
  steps: Id[];
}

export type { Balance, Baseline, Lock, Progress, SolveOptions } from "./solve-options.js";
