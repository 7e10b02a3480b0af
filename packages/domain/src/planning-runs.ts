/**
 * Planning runs: what starts one (which vehicles and drivers take part), the progress it streams,
 * the plan it answers in a person's units (km, driving time, stops and load per vehicle, stops
 * left out and why), and, for a day already published, what the new plan would change.
 * Dates are 'YYYY-MM-DD' in the organisation's zone; instants are ISO 8601 with a zone.
 */
import * as z from "zod/mini";
import { IdSchema, LocalDateSchema } from "./common.js";
import { PlanningTargetSchema } from "./planning.js";
import { COMPARTMENTS, STOP_KINDS } from "./vocabulary.js";

const distinct = (ids: readonly string[]) => new Set(ids).size === ids.length;
const IdSet = (max: number) => z.array(IdSchema).check(z.minLength(1), z.maxLength(max), z.refine(distinct, { message: "each id appears once" }));

/**
 * How a run spreads the work over the vehicles: `cheapest` (fewest km and hours at the wheel),
 * `longest_day` (shortens the longest working day), `equal_days` (working days as even as
 * possible). The balanced ones never leave a stop out to balance, and take at most 10 % more km.
 */
export const PLAN_BALANCES = ["cheapest", "longest_day", "equal_days"] as const;
export type PlanBalance = (typeof PLAN_BALANCES)[number];

export const StartPlanningSchema = z.extend(PlanningTargetSchema, {
  /** Solver budget in seconds (default 10). */
  timeLimitSeconds: z.optional(z.number().check(z.int(), z.gte(1), z.lte(600))),
  /** Only these vehicles take part (default: every vehicle in service). */
  vehicleIds: z.optional(IdSet(100)),
  /** Only these drivers take part (default: every driver available that day). */
  driverIds: z.optional(IdSet(200)),
  /** How the work is spread over the vehicles (default `cheapest`). */
  balance: z.optional(z.enum(PLAN_BALANCES)),
});
export type StartPlanning = z.input<typeof StartPlanningSchema>;

export const ClockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time of day as HH:MM, e.g. 11:00"));

/**
 * A vehicle of a published day that cannot go on (a breakdown) from a time: the stops it has not
 * done by then are re-planned onto the day's other rounds; stops done, and those the other rounds
 * reach before that time, stay where they are.
 */
export const ReportBreakdownSchema = z.extend(PlanningTargetSchema, {
  vehicleId: IdSchema,
  /** When it stopped, in the organisation's zone. */
  from: ClockTime,
});
export type ReportBreakdown = z.input<typeof ReportBreakdownSchema>;

export const JOB_STATUSES = ["queued", "running", "succeeded", "failed", "cancelled"] as const;

/** What a run is doing: reading the day, asking road times, searching, drawing the lines, storing. */
export const PLANNING_PHASES = ["queued", "reading", "matrix", "solving", "drawing", "storing", "finished"] as const;

/** The best plan so far or the final one, in a person's units. */
export const PlanFiguresSchema = z.object({
  distanceM: z.number().check(z.int()),
  /** Time at the wheel, in seconds. */
  drivingS: z.number().check(z.int()),
  /** From the first departure to the last return, summed over vehicles. */
  workingS: z.number().check(z.int()),
  placed: z.number().check(z.int()),
  leftOut: z.number().check(z.int()),
});
export type PlanFigures = z.infer<typeof PlanFiguresSchema>;

/** Streamed at least once a second while a run is active (`progress` events), and stored on the run. */
export const PlanningProgressSchema = z.object({
  phase: z.enum(PLANNING_PHASES),
  /** Since the run started, and the optimiser's budget: during `solving`, elapsedMs / timeLimitMs is the share spent. */
  elapsedMs: z.number().check(z.int()),
  timeLimitMs: z.number().check(z.int()),
  /** Time spent searching so far (at most timeLimitMs; the search may stop early when it cannot improve). */
  solvingMs: z.number().check(z.int()),
  /** Stops to plan, and how many the best plan found so far places (null before the first one). */
  stops: z.number().check(z.int()),
  placed: z.nullable(z.number().check(z.int())),
  /** The optimiser's internal score of the best plan: for machines and logs, not a figure to show a person. */
  bestCost: z.nullable(z.number()),
});
export type PlanningProgress = z.infer<typeof PlanningProgressSchema>;

/**
 * Why a stop is left out of a plan: `no_order` (a home drop nobody ordered for: decided before
 * solving), `no_vehicle` (no vehicle taking part can carry it: refrigeration, or none at all),
 * `capacity`, `time_window` (its window cannot be reached), `driver_availability` (outside
 * every driver's hours or breaks), `no_room` (each vehicle able to serve it is full or late with it),
 * `removed` (a coordinator took it off its round by hand), `broken_down` (its goods are on board a
 * vehicle that broke down), `added_after_publication` (an order or a partner's parcel came once the
 * day's rounds were published: no round carries it until the day is planned again), `site_closed` (a
 * home drop whose goods all come from a bakery or farm closed that day: decided before solving).
 */
export const LEFT_OUT_REASONS = ["no_order", "site_closed", "no_vehicle", "capacity", "time_window", "driver_availability", "no_room", "removed", "broken_down", "added_after_publication"] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

/**
 * One cause the optimiser found for leaving a stop out (its `kind`, in the planning screen's
 * words): `skills` (no vehicle taking part is refrigerated for its goods), `capacity` (a
 * compartment), `time_window`, `working_hours` (the driver's availability), `max_working_time`,
 * `max_travel_time`, `max_stops`, `break` (the lunch break could no longer be taken),
 * `precedence` (the bread could not be collected before), `priority`.
 */
export const LEFT_OUT_CAUSES = ["skills", "capacity", "time_window", "working_hours", "max_working_time", "max_travel_time", "max_stops", "break", "precedence", "priority"] as const;
export type LeftOutCauseKind = (typeof LEFT_OUT_CAUSES)[number];

export const LeftOutCauseSchema = z.object({
  kind: z.enum(LEFT_OUT_CAUSES),
  /** True: it holds for the stop served alone by these vehicles; false: it would fit alone, but these rounds as planned are full. */
  alone: z.boolean(),
  /** The vehicles it holds for, by name. */
  vehicles: z.array(z.string()),
  /** For `capacity`: the compartment too small or full. */
  compartment: z.optional(z.enum(COMPARTMENTS)),
  /** For `time_window`: the stop whose time would be missed, when it is another one. */
  otherStop: z.optional(z.string()),
  /** The cause is about this stop's bread, collected at the bakery, rather than the stop itself. */
  bread: z.boolean(),
  /** The cause is about this stop's farm goods, collected at the farm (`bread` is then false). */
  farm: z.optional(z.boolean()),
});
export type LeftOutCause = z.infer<typeof LeftOutCauseSchema>;

/**
 * What a coordinator should know before or after planning a day, as a code and what it is about
 * (the screen says it in words, with a link to fix it where there is one):
 * - `vehicle_without_driver`: the vehicle stays home, no driver is available that day;
 * - `bread_without_bakery`: bread ordered at a stop has no bakery site to be collected from (loaded at the depot);
 * - `site_closed`: the bakery or farm `site` declares opening hours, none on `weekday` (1 Monday … 7 Sunday):
 *   what `count` stops ordered from it is not collected that day;
 * - `lock_without_driver`: `count` stops are locked to a vehicle that has no driver that day (their lock is ignored);
 * - `lock_positions_gap`: the positions locked on a vehicle are not 1, 2, 3… without a gap (only the vehicle is kept);
 * - the road times: `routing_estimated` (no routing server), `routing_fallback` (it did not answer: all or
 *   part of the times are estimated), `unreachable_pairs` (`count` trips have no road, most of them to or from
 *   `stop`), `stop_far_from_road` (`stop` is `metres` from the nearest road), `calibration_not_saved`.
 */
export const PLANNING_WARNING_CODES = [
  "vehicle_without_driver", "bread_without_bakery", "site_closed", "lock_without_driver", "lock_positions_gap",
  "routing_estimated", "routing_fallback", "unreachable_pairs", "stop_far_from_road", "calibration_not_saved",
] as const;
export type PlanningWarningCode = (typeof PLANNING_WARNING_CODES)[number];
export const PlanningWarningSchema = z.object({
  code: z.enum(PLANNING_WARNING_CODES),
  vehicle: z.optional(z.object({ id: IdSchema, name: z.string() })),
  stop: z.optional(z.object({ name: z.string() })),
  site: z.optional(z.object({ name: z.string(), kind: z.enum(["bakery", "farm"]) })),
  weekday: z.optional(z.number().check(z.int(), z.gte(1), z.lte(7))),
  count: z.optional(z.number().check(z.int())),
  metres: z.optional(z.number().check(z.int())),
  /** The day it holds for, in a plan of several weeks. */
  date: z.optional(LocalDateSchema),
});
export type PlanningWarning = z.infer<typeof PlanningWarningSchema>;

export const LeftOutStopSchema = z.object({
  passageId: IdSchema,
  stop: z.object({ id: IdSchema, name: z.string(), city: z.string(), kind: z.enum(STOP_KINDS) }),
  reason: z.enum(LEFT_OUT_REASONS),
  /** Every cause the optimiser found (empty for `no_order`, `removed`, and stops planned before causes were kept). */
  causes: z._default(z.array(LeftOutCauseSchema), []),
  /** The optimiser's explanation, in English, for logs and integrators. */
  detail: z.string(),
});
export type LeftOutStop = z.infer<typeof LeftOutStopSchema>;

const Load = z.record(z.string(), z.number());

/** One vehicle's round in a plan: its figures beside its room and its hours. */
export const PlannedVehicleSchema = z.object({
  vehicle: z.object({ id: IdSchema, name: z.string() }),
  driver: z.nullable(z.object({ id: IdSchema, displayName: z.string() })),
  /** The stored tour; null for a round of a plan awaiting publication that has no tour yet. */
  tourId: z.nullable(IdSchema),
  stops: z.number().check(z.int()),
  /** Null for a round stored before these figures were kept. */
  distanceM: z.nullable(z.number().check(z.int())),
  drivingS: z.nullable(z.number().check(z.int())),
  departure: z.nullable(z.iso.datetime()),
  return: z.nullable(z.iso.datetime()),
  /** The hours it may work that day: the vehicle's day within its driver's availability. */
  hours: z.nullable(z.object({ from: z.iso.datetime(), to: z.iso.datetime() })),
  /** Highest load on board per compartment (litres; crates of bread), and the room it has. */
  peakLoad: Load,
  capacity: Load,
  /** Trips in the day: more than 1 when the vehicle comes back to its depot to reload. */
  trips: z.optional(z.number().check(z.int(), z.gte(1))),
});
export type PlannedVehicle = z.infer<typeof PlannedVehicleSchema>;

const ChangedStop = { passageId: IdSchema, stopName: z.string(), kind: z.enum(STOP_KINDS) };

/** What publishing a new plan of a published day would change for drivers and residents. */
export const PlanChangesSchema = z.object({
  /** Stops that change vehicle (null: not planned before, or left out now), and when the new one arrives. */
  moved: z.array(z.object({ ...ChangedStop, from: z.nullable(z.string()), to: z.nullable(z.string()), at: z.optional(z.nullable(z.iso.datetime())) })),
  /** Stops whose planned time moves by a minute or more. */
  retimed: z.array(z.object({ ...ChangedStop, before: z.iso.datetime(), after: z.iso.datetime(), minutes: z.number().check(z.int()) })),
  /** Halts whose published time residents rely on moves by more than `toleranceMinutes`, or that would no longer be served. */
  brokenHalts: z.array(z.object({ ...ChangedStop, published: z.iso.datetime(), planned: z.nullable(z.iso.datetime()) })),
  toleranceMinutes: z.number().check(z.int()),
  /** Stops served by the published plan and left out of the new one, and the reverse. */
  dropped: z.array(z.object(ChangedStop)),
  added: z.array(z.object(ChangedStop)),
  /** Published rounds the new plan no longer needs: their drivers lose them. */
  removedRounds: z.array(z.object({ vehicle: z.string(), driver: z.nullable(z.string()) })),
});
export type PlanChanges = z.infer<typeof PlanChangesSchema>;

/**
 * `stored`: the day had no published round, the plan is stored (status planned). For a published
 * day: `awaiting_publication` (the published plan stays live; publish or discard this one),
 * then `published` or `discarded`.
 */
export const PLAN_OUTCOMES = ["stored", "awaiting_publication", "published", "discarded"] as const;

export const PlanningResultSchema = z.object({
  outcome: z.enum(PLAN_OUTCOMES),
  /** Where the road times come from: a road network (OSRM), a straight-line estimate, or both. */
  provider: z.enum(["osrm", "estimate", "mixed"]),
  stops: z.number().check(z.int()),
  totals: PlanFiguresSchema,
  vehicles: z.array(PlannedVehicleSchema),
  leftOut: z.array(LeftOutStopSchema),
  warnings: z.array(PlanningWarningSchema),
  /** Set for a day that was published when the run started. */
  changes: z.nullable(PlanChangesSchema),
  cost: z.number(),
  timingsMs: z.record(z.string(), z.number()),
});
export type PlanningResult = z.infer<typeof PlanningResultSchema>;

/**
 * "Why this vehicle?" for a stop of a planned round: what moving it to each other round of the day
 * would cost (km, time at the wheel and working time added over the day, both rounds counted) or
 * break (in the planning screen's words), the stop put where it costs least on that round.
 */
export const VehicleAlternativesSchema = z.object({
  passageId: IdSchema,
  stopName: z.string(),
  vehicle: z.object({ id: IdSchema, name: z.string() }),
  alternatives: z.array(z.object({
    vehicle: z.object({ id: IdSchema, name: z.string() }),
    /** When it would arrive there; null when it cannot be placed at all. */
    arrival: z.nullable(z.iso.datetime()),
    addedDistanceM: z.number().check(z.int()),
    addedDrivingS: z.number().check(z.int()),
    addedWorkingS: z.number().check(z.int()),
    /** What it would break that holds now (empty: it would fit, at that cost). */
    breaks: z.array(LeftOutCauseSchema),
  })),
});
export type VehicleAlternatives = z.infer<typeof VehicleAlternativesSchema>;
