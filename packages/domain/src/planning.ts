/**
 * Tour templates (published timetables), planning runs, adjustments and the sheets' queries.
 * Times of day are minutes since local midnight; dates are 'YYYY-MM-DD' in the organisation's zone.
 */
import * as z from "zod/mini";
import { IdSchema, LocalDateSchema } from "./common.js";

const MinuteOfDaySchema = z.number().check(z.int(), z.gte(0), z.lte(1439));

export const TemplateHaltInputSchema = z.strictObject({
  stopId: IdSchema,
  /** Published arrival time residents rely on. */
  arrivalMinute: MinuteOfDaySchema,
  dwellMinutes: z.number().check(z.int(), z.gte(1), z.lte(240)),
});

export const TourTemplateCreateSchema = z.strictObject({
  organisationId: IdSchema,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  vehicleId: z.optional(z.nullable(IdSchema)),
  weekday: z.number().check(z.int(), z.gte(1), z.lte(7)),
  everyWeeks: z._default(z.number().check(z.int(), z.gte(1), z.lte(8)), 1),
  startDate: LocalDateSchema,
  endDate: z.optional(z.nullable(LocalDateSchema)),
  departureMinute: MinuteOfDaySchema,
  /** In driving order; replaces every halt on update. */
  halts: z._default(z.array(TemplateHaltInputSchema).check(z.maxLength(60)), []),
});
export type TourTemplateCreate = z.infer<typeof TourTemplateCreateSchema>;

export const TourTemplateUpdateSchema = z.partial(z.extend(z.omit(TourTemplateCreateSchema, { organisationId: true }), { active: z.boolean(), everyWeeks: z.number().check(z.int(), z.gte(1), z.lte(8)), halts: z.array(TemplateHaltInputSchema).check(z.maxLength(60)) }));
export type TourTemplateUpdate = z.infer<typeof TourTemplateUpdateSchema>;

export const TemplateExceptionCreateSchema = z.strictObject({
  date: LocalDateSchema,
  /** Set to skip one halt that day; absent: the whole round does not run. */
  stopId: z.optional(z.nullable(IdSchema)),
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
});

export const TourTemplateSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  name: z.string(),
  vehicleId: z.nullable(IdSchema),
  weekday: z.number().check(z.int()),
  everyWeeks: z.number().check(z.int()),
  startDate: LocalDateSchema,
  endDate: z.nullable(LocalDateSchema),
  departureMinute: z.number().check(z.int()),
  active: z.boolean(),
  halts: z.array(z.object({ id: IdSchema, stopId: IdSchema, stopName: z.string(), sequence: z.number().check(z.int()), arrivalMinute: z.number().check(z.int()), dwellMinutes: z.number().check(z.int()) })),
  exceptions: z.array(z.object({ id: IdSchema, date: LocalDateSchema, stopId: z.nullable(IdSchema), reason: z.string() })),
});
export type TourTemplateView = z.infer<typeof TourTemplateSchema>;

export const GeneratePassagesSchema = z.strictObject({ from: LocalDateSchema, to: LocalDateSchema });
export const GeneratePassagesResultSchema = z.object({
  dates: z.array(LocalDateSchema),
  created: z.number().check(z.int()),
  existing: z.number().check(z.int()),
  skipped: z.array(z.object({ date: LocalDateSchema, stopId: z.nullable(IdSchema), reason: z.string() })),
});

export const PlanningDateParamsSchema = z.strictObject({ date: LocalDateSchema });
export const PlanningTargetSchema = z.strictObject({
  /** Needed when the coordinator coordinates several organisations. */
  organisationId: z.optional(IdSchema),
});
export const PassageParamsSchema = z.strictObject({ id: IdSchema, passageId: IdSchema });
export const LockPassageSchema = z.strictObject({
  /** Keep the passage on this vehicle at the next planning; null releases the lock. */
  vehicleId: z.optional(z.nullable(IdSchema)),
  /** Keep it at this position (0 = first stop); only a prefix 0, 1, … of a route can be pinned. */
  sequence: z.optional(z.nullable(z.number().check(z.int(), z.gte(0), z.lte(500)))),
});
export const ReorderTourSchema = z.strictObject({
  /** Every passage and bread step of the tour, in the new driving order; passages of other tours that day are moved in. */
  order: z.array(IdSchema).check(z.minLength(1), z.maxLength(500)),
});

export const PlanViolationSchema = z.object({
  tourId: IdSchema,
  vehicle: z.string(),
  kind: z.string(),
  message: z.string(),
  stepId: z.nullable(z.string()),
});
export const PlanCheckSchema = z.object({
  feasible: z.boolean(),
  violations: z.array(PlanViolationSchema),
});
export type PlanCheck = z.infer<typeof PlanCheckSchema>;

/** A bakery's production sheet: the bakery's own (all rounds), or a carrier's (its rounds only); default: the console's organisation. */
export const BakeryProductionQuerySchema = z.strictObject({ date: LocalDateSchema, organisationId: z.optional(IdSchema) });

export const PassageLockSchema = z.object({ passageId: IdSchema, lockedVehicleId: z.nullable(IdSchema), lockedSequence: z.nullable(z.number().check(z.int())) });
export const PublishedTourSchema = z.object({ id: IdSchema, status: z.string(), version: z.number().check(z.int()), publishedAt: z.iso.datetime() });
