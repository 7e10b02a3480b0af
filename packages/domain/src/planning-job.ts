/** A planning run as the API answers it: a day's plan, a re-plan after a breakdown, or a plan of several weeks. */
import { z } from "zod";
import { IdSchema, LocalDateSchema } from "./common.js";
import { HorizonRunSchema } from "./planning-horizon.js";
import { ClockTime, JOB_STATUSES, PLAN_BALANCES, PlanningProgressSchema, PlanningResultSchema } from "./planning-runs.js";

export const PlanningJobSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  date: LocalDateSchema,
  status: z.enum(JOB_STATUSES),
  bestCost: z.number().nullable(),
  progress: PlanningProgressSchema.nullable(),
  result: PlanningResultSchema.nullable(),
  error: z.string().nullable(),
  timeLimitSeconds: z.number().int(),
  /** The vehicles and drivers chosen for the run (null: all). */
  vehicleIds: z.array(IdSchema).nullable(),
  driverIds: z.array(IdSchema).nullable(),
  balance: z.enum(PLAN_BALANCES),
  /** Set for a re-plan after a breakdown: the vehicle stopped and from when ("HH:MM"). */
  breakdown: z.object({ vehicleId: IdSchema, from: ClockTime }).nullable(),
  /** Set for a plan of several weeks: its settings, and its plan once done (`result` is then null). */
  horizon: HorizonRunSchema.nullable(),
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
});
export type PlanningJob = z.infer<typeof PlanningJobSchema>;

/** The `done` event's data: the run as GET /api/planning-jobs/{id} answers it. */
export const PLANNING_EVENTS = { progress: PlanningProgressSchema, done: PlanningJobSchema } as const;
