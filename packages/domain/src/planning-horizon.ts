/**
 * Planning several weeks at once (1 to 5): what starts it (how many weeks, how much later than its
 * published time a halt may be, what the same driver for a household is worth) and the plan it
 * answers, per week and day, with every published time that would move and every stop left out,
 * before the coordinator publishes it or keeps the rounds as they are.
 */
import * as z from "zod/mini";
import { IdSchema, LocalDateSchema } from "./common.js";
import { HOME_DROP_FREQUENCIES } from "./households.js";
import { PlanningTargetSchema } from "./planning.js";
import { LeftOutStopSchema, PLAN_OUTCOMES, PlanningWarningSchema } from "./planning-runs.js";

export const HORIZON_WEEKS = { min: 1, max: 5 } as const;

export const StartHorizonSchema = z.extend(PlanningTargetSchema, {
  weeks: z.number().check(z.int(), z.gte(HORIZON_WEEKS.min), z.lte(HORIZON_WEEKS.max)),
  /** How much later than its published time a halt may be planned, in minutes (never earlier). */
  toleranceMinutes: z.number().check(z.int(), z.gte(0), z.lte(60)),
  /** Serving a household with another driver than its usual one weighs this many minutes of driving (default 30). */
  sameDriverMinutes: z.optional(z.number().check(z.int(), z.gte(0), z.lte(120))),
});
export type StartHorizon = z.input<typeof StartHorizonSchema>;

/** The settings of a run over several weeks, kept on the run. */
export const HorizonSettingsSchema = z.object({ weeks: z.number().check(z.int()), toleranceMinutes: z.number().check(z.int()), sameDriverMinutes: z.number().check(z.int()) });

const Person = z.object({ id: IdSchema, displayName: z.string() });

/** One day of the weeks planned: its rounds, or why it is left as it is. */
export const HorizonDaySchema = z.object({
  date: LocalDateSchema,
  /** Week of the plan, from 0. */
  week: z.number().check(z.int()),
  /** `planned`; `started`: a round of that day is under way or closed, the day is left as it is; `no_vehicle`: no vehicle has a driver that day. */
  status: z.enum(["planned", "started", "no_vehicle"]),
  /** True when the day's rounds were published before: publishing gives them a new version. */
  published: z.boolean(),
  rounds: z.array(z.object({
    vehicle: z.object({ id: IdSchema, name: z.string() }),
    driver: z.nullable(Person),
    halts: z.number().check(z.int()),
    homeDrops: z.number().check(z.int()),
    departure: z.nullable(z.iso.datetime()),
    return: z.nullable(z.iso.datetime()),
    distanceM: z.number().check(z.int()),
  })),
  leftOut: z.array(LeftOutStopSchema),
});
export type HorizonDay = z.infer<typeof HorizonDaySchema>;

export const HorizonResultSchema = z.object({
  outcome: z.enum(PLAN_OUTCOMES),
  from: LocalDateSchema,
  to: LocalDateSchema,
  provider: z.enum(["osrm", "estimate", "mixed"]),
  days: z.array(HorizonDaySchema),
  /** Halts whose time residents were told would move (later, within the tolerance): each one, before publishing. */
  moves: z.array(z.object({ passageId: IdSchema, date: LocalDateSchema, stopName: z.string(), city: z.string(), published: z.iso.datetime(), planned: z.iso.datetime(), minutes: z.number().check(z.int()) })),
  /** Halts kept at their published time, counted over the weeks. */
  haltsOnTime: z.number().check(z.int()),
  /** Households served at home at a rhythm: the dates chosen, and who drives there. */
  homeDrops: z.array(z.object({
    household: z.object({ id: IdSchema, name: z.string() }),
    frequency: z.enum(HOME_DROP_FREQUENCIES),
    /** The visits at its rhythm. */
    dates: z.array(LocalDateSchema),
    /** The visits for an order it placed (they stand for its rhythm on their day). */
    orderDates: z.array(LocalDateSchema),
    drivers: z.array(z.string()),
  })),
  /** Share (0–1) of the home drops served by the household's usual driver over these weeks. */
  sameDriverShare: z.number(),
  warnings: z.array(PlanningWarningSchema),
  cost: z.number(),
  timingsMs: z.record(z.string(), z.number()),
});
export type HorizonResult = z.infer<typeof HorizonResultSchema>;

/** A run over several weeks as the run's `horizon`: its settings, and its plan once done. */
export const HorizonRunSchema = z.extend(HorizonSettingsSchema, { result: z.nullable(HorizonResultSchema) });
export type HorizonRun = z.infer<typeof HorizonRunSchema>;
