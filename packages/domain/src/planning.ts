/**
 * Tour templates (published timetables), planning runs, adjustments and the sheets' queries.
 * Times of day are minutes since local midnight; dates are 'YYYY-MM-DD' in the organisation's zone.
 */
import { z } from "zod";
import { IdSchema, LocalDateSchema } from "./common.js";

const MinuteOfDaySchema = z.number().int().min(0).max(1439);

export const TemplateHaltInputSchema = z.strictObject({
  stopId: IdSchema,
  /** Published arrival time residents rely on. */
  arrivalMinute: MinuteOfDaySchema,
  dwellMinutes: z.number().int().min(1).max(240),
});

export const TourTemplateCreateSchema = z.strictObject({
  organisationId: IdSchema,
  name: z.string().trim().min(1).max(120),
  vehicleId: IdSchema.nullable().optional(),
  weekday: z.number().int().min(1).max(7),
  everyWeeks: z.number().int().min(1).max(8).default(1),
  startDate: LocalDateSchema,
  endDate: LocalDateSchema.nullable().optional(),
  departureMinute: MinuteOfDaySchema,
  /** In driving order; replaces every halt on update. */
  halts: z.array(TemplateHaltInputSchema).max(60).default([]),
});
export type TourTemplateCreate = z.infer<typeof TourTemplateCreateSchema>;

export const TourTemplateUpdateSchema = TourTemplateCreateSchema.omit({ organisationId: true })
  .extend({ active: z.boolean(), everyWeeks: z.number().int().min(1).max(8), halts: z.array(TemplateHaltInputSchema).max(60) })
  .partial();
export type TourTemplateUpdate = z.infer<typeof TourTemplateUpdateSchema>;

export const TemplateExceptionCreateSchema = z.strictObject({
  date: LocalDateSchema,
  /** Set to skip one halt that day; absent: the whole round does not run. */
  stopId: IdSchema.nullable().optional(),
  reason: z.string().trim().min(1).max(200),
});

export const TourTemplateSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  name: z.string(),
  vehicleId: IdSchema.nullable(),
  weekday: z.number().int(),
  everyWeeks: z.number().int(),
  startDate: LocalDateSchema,
  endDate: LocalDateSchema.nullable(),
  departureMinute: z.number().int(),
  active: z.boolean(),
  halts: z.array(z.object({ id: IdSchema, stopId: IdSchema, stopName: z.string(), sequence: z.number().int(), arrivalMinute: z.number().int(), dwellMinutes: z.number().int() })),
  exceptions: z.array(z.object({ id: IdSchema, date: LocalDateSchema, stopId: IdSchema.nullable(), reason: z.string() })),
});
export type TourTemplateView = z.infer<typeof TourTemplateSchema>;

export const GeneratePassagesSchema = z.strictObject({ from: LocalDateSchema, to: LocalDateSchema });
export const GeneratePassagesResultSchema = z.object({
  dates: z.array(LocalDateSchema),
  created: z.number().int(),
  existing: z.number().int(),
  skipped: z.array(z.object({ date: LocalDateSchema, stopId: IdSchema.nullable(), reason: z.string() })),
});

export const PlanningDateParamsSchema = z.strictObject({ date: LocalDateSchema });
export const PlanningTargetSchema = z.strictObject({
  /** Needed when the coordinator coordinates several organisations. */
  organisationId: IdSchema.optional(),
});
export const PassageParamsSchema = z.strictObject({ id: IdSchema, passageId: IdSchema });
export const LockPassageSchema = z.strictObject({
  /** Keep the passage on this vehicle at the next planning; null releases the lock. */
  vehicleId: IdSchema.nullable().optional(),
  /** Keep it at this position (0 = first stop); only a prefix 0, 1, … of a route can be pinned. */
  sequence: z.number().int().min(0).max(500).nullable().optional(),
});
export const ReorderTourSchema = z.strictObject({
  /** Every passage and bread step of the tour, in the new driving order; passages of other tours that day are moved in. */
  order: z.array(IdSchema).min(1).max(500),
});

export const PlanViolationSchema = z.object({
  tourId: IdSchema,
  vehicle: z.string(),
  kind: z.string(),
  message: z.string(),
  stepId: z.string().nullable(),
});
export const PlanCheckSchema = z.object({
  feasible: z.boolean(),
  violations: z.array(PlanViolationSchema),
});
export type PlanCheck = z.infer<typeof PlanCheckSchema>;

/** A bakery's production sheet: the bakery's own (all rounds), or a carrier's (its rounds only); default: the console's organisation. */
export const BakeryProductionQuerySchema = z.strictObject({ date: LocalDateSchema, organisationId: IdSchema.optional() });

export const PassageLockSchema = z.object({ passageId: IdSchema, lockedVehicleId: IdSchema.nullable(), lockedSequence: z.number().int().nullable() });
export const PublishedTourSchema = z.object({ id: IdSchema, status: z.string(), version: z.number().int(), publishedAt: z.iso.datetime() });
