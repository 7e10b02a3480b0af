/**
 * Periodic planning over a horizon of days (1 to 5 weeks): the input and the plan. Times of day
 * are seconds from the day's midnight, in the unit of the matrices.
 */
import type { Id, Matrices, Solution, TimeWindow, UnassignedReason, Vehicle, Problem } from "../types.js";

export interface HorizonProblem {
  version: 1;
  /** One matrix for the whole horizon (all halts, homes and depots). */
  matrices: Record<string, Matrices>;
  /** The days to plan, in date order. */
  days: HorizonDay[];
  halts?: Halt[];
  homeDrops?: HomeDrop[];
  /** The same driver for a household where possible: serving it with another driver costs `weight` (default 1800, half an hour of driving). */
  sameDriver?: { weight?: number };
}

export interface HorizonDay {
  /** ISO date, used as a label only. */
  date: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Week of the horizon, from 0. */
  week: number;
  /** The vehicles that go out that day, each with its driver (time windows in seconds of that day). */
  vehicles: (Vehicle & { driver?: Id })[];
}

/** A halt: the truck stops there on given weekdays at a timetable residents rely on. */
export interface Halt {
  id: Id;
  location: number;
  service?: number;
  delivery?: number[];
  skills?: number[];
  priority?: number;
  /** Weekdays of the passages (1 = Monday … 7). */
  weekdays: number[];
  /** The published time of day per weekday; a weekday without one gets the time planned in the first week it occurs. */
  timetable?: { weekday: number; time: number }[];
  /** How much later than the timetable a passage may start, in seconds (default 900); never earlier. */
  tolerance?: number;
  /** When the place can be used (time of day), if limited. */
  timeWindows?: TimeWindow[];
  /** The dates (as in `days`) it is served on, when not every day of its weekdays (a round every other week, a skipped date, a one-off passage). */
  dates?: string[];
  /** A passage at a household's door placed by the caller (an order at home): that household's home drop is not scheduled again on those dates, this passage serves it. */
  household?: Id;
}

/** A home drop: a household served at home at a frequency, on the days it prefers. */
export interface HomeDrop {
  id: Id;
  household: Id;
  location: number;
  service?: number;
  delivery?: number[];
  skills?: number[];
  priority?: number;
  frequency: "weekly" | "fortnightly" | "monthly";
  /** Weekdays the household prefers (1 = Monday … 7); empty or absent: any day with vehicles. */
  preferredDays?: number[];
  /** When someone is at home (time of day). */
  timeWindows?: TimeWindow[];
  /** When someone is at home, per weekday: when given, only these weekdays are possible and each day uses its own windows. */
  availability?: { weekday: number; timeWindows: TimeWindow[] }[];
}

export interface HorizonOptions {
  /** Budget per day's search: iterations (default 3000) and seconds (default none). */
  iterationsPerDay?: number;
  secondsPerDay?: number;
  seed?: number;
  signal?: AbortSignal;
  /** Called after each day is planned. */
  onDay?: (done: number, total: number) => void;
}

export interface HorizonSolution {
  /** Each day's plan, with the problem it solved (job ids are halt and home-drop ids). */
  days: { date: string; problem: Problem; solution: Solution }[];
  /** Every passage: which day, vehicle, driver and time; absent vehicle: left out (see unassigned). */
  visits: { id: Id; kind: "halt" | "home-drop"; date: string; vehicle?: Id; driver?: Id; start?: number }[];
  /** The timetable each halt keeps: published, or set by the first week. */
  timetable: { halt: Id; weekday: number; time: number; published: boolean }[];
  /** Passages planned away from their timetable (within tolerance), for the coordinator to review before publishing. */
  moves: { halt: Id; date: string; timetable: number; planned: number }[];
  /** The weekday and weeks chosen for each home drop. */
  patterns: { homeDrop: Id; weekday: number; weeks: number[] }[];
  unassigned: { id: Id; date: string; reason: string; reasons: UnassignedReason[] }[];
  summary: {
    days: number;
    visits: number;
    served: number;
    distance: number;
    cost: number;
    /** Share of home-drop passages served by their household's usual driver (1 when there are none). */
    sameDriverShare: number;
    runtimeMs: number;
  };
}
