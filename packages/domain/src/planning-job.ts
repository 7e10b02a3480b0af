/** A planning run as the API answers it: a day's plan, a re-plan after a breakdown, or a plan of several weeks. */
import * as z from "zod/mini";
import { IdSchema, LocalDateSchema } from "./common.js";
import { HorizonRunSchema } from "./planning-horizon.js";
import { ClockTime, JOB_STATUSES, PLAN_BALANCES, PlanningProgressSchema, PlanningResultSchema } from "./planning-runs.js";

export const PlanningJobSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  date: LocalDateSchema,
  status: z.enum(JOB_STATUSES),
  bestCost: z.nullable(z.number()),
  progress: z.nullable(PlanningProgressSchema),
  result: z.nullable(PlanningResultSchema),
  error: z.nullable(z.string()),
  timeLimitSeconds: z.number().check(z.int()),
  /** The vehicles and drivers chosen for the run (null: all). */
  vehicleIds: z.nullable(z.array(IdSchema)),
  driverIds: z.nullable(z.array(IdSchema)),
  balance: z.enum(PLAN_BALANCES),
  /** Set for a re-plan after a breakdown: the vehicle stopped and from when ("HH:MM"). */
  breakdown: z.nullable(z.object({ vehicleId: IdSchema, from: ClockTime })),
  /** Set for a plan of several weeks: its settings, and its plan once done (`result` is then null). */
  horizon: z.nullable(HorizonRunSchema),
  createdAt: z.iso.datetime(),
  startedAt: z.nullable(z.iso.datetime()),
  finishedAt: z.nullable(z.iso.datetime()),
});
export type PlanningJob = z.infer<typeof PlanningJobSchema>;

/** The `done` event's data: the run as GET /api/planning-jobs/{id} answers it. */
export const PLANNING_EVENTS = { progress: PlanningProgressSchema, done: PlanningJobSchema } as const;
