/**
 * The planner's view of days: a calendar of which days have passages, orders and rounds planned
 * or published (the week strip), and one day's plan as it stands in a person's units.
 */
import * as z from "zod/mini";
import { IdSchema, LocalDateSchema } from "./common.js";
import { PlanningJobSchema } from "./planning-job.js";
import { LeftOutStopSchema, PlanFiguresSchema, PlannedVehicleSchema, PlanningWarningSchema } from "./planning-runs.js";

export const PlanningCalendarQuerySchema = z.strictObject({
    from: LocalDateSchema,
    to: LocalDateSchema,
    /** Needed when the coordinator coordinates several organisations. */
    organisationId: z.optional(IdSchema),
  }).check(z.refine((q) => q.from <= q.to, { message: "`to` must be on or after `from`", path: ["to"] }));

export const PlanningCalendarDaySchema = z.object({
  date: LocalDateSchema,
  /** Scheduled passages: halts, and home drops (only those with an order are planned). */
  halts: z.number().check(z.int()),
  homeDrops: z.number().check(z.int()),
  orders: z.number().check(z.int()),
  rounds: z.object({ planned: z.number().check(z.int()), published: z.number().check(z.int()), started: z.number().check(z.int()) }),
});
export type PlanningCalendarDay = z.infer<typeof PlanningCalendarDaySchema>;

export const PlanningCalendarSchema = z.object({
  /** Only days with passages or rounds are listed. */
  days: z.array(PlanningCalendarDaySchema),
  /** The first day from today on that has passages and is not published yet (else the first with passages). */
  nextToPlan: z.nullable(LocalDateSchema),
});
export type PlanningCalendar = z.infer<typeof PlanningCalendarSchema>;

export const PlanningDayQuerySchema = z.strictObject({ organisationId: z.optional(IdSchema) });

/** A day's plan as stored: each vehicle's figures side by side, the stops left out and why. */
export const PlanningDaySchema = z.object({
  date: LocalDateSchema,
  halts: z.number().check(z.int()),
  homeDrops: z.number().check(z.int()),
  orders: z.number().check(z.int()),
  provider: z.nullable(z.enum(["osrm", "estimate", "mixed"])),
  totals: PlanFiguresSchema,
  vehicles: z.array(PlannedVehicleSchema),
  leftOut: z.array(LeftOutStopSchema),
  /** What stands in the way of planning the day as it is (a vehicle without a driver, a lock that cannot hold…). */
  warnings: z.array(PlanningWarningSchema),
  /** Whether a round of the day is published (drivers and residents see it) or under way. */
  published: z.boolean(),
  started: z.boolean(),
  /** The latest run of the day, and the one whose plan awaits publication, if any. */
  latestJob: z.nullable(PlanningJobSchema),
  pendingJobId: z.nullable(IdSchema),
});
export type PlanningDay = z.infer<typeof PlanningDaySchema>;
