/**
 * Volunteers' own cars: the mileage allowance owed for the rounds they drove in a month (rounds
 * published, under way or closed, at the km planned), per volunteer and per round.
 */
import { z } from "zod";
import { IdSchema, LocalDateSchema } from "./common.js";

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month 'YYYY-MM'");

export const MileageReportQuerySchema = z.strictObject({
  /** Default: the current month in the organisation's time zone. */
  month: Month.optional(),
  /** Needed when the coordinator coordinates several organisations. */
  organisationId: IdSchema.optional(),
});

export const MileageRoundSchema = z.object({
  tourId: IdSchema,
  date: LocalDateSchema,
  status: z.enum(["published", "in_progress", "closed"]),
  vehicle: z.object({ id: IdSchema, name: z.string() }),
  /** Who drove it (usually the owner). */
  driverName: z.string().nullable(),
  distanceM: z.number().int(),
  amountCents: z.number().int(),
});
export type MileageRound = z.infer<typeof MileageRoundSchema>;

export const MileageOwnerSchema = z.object({
  owner: z.object({ id: IdSchema, displayName: z.string() }),
  /** Each of the owner's cars and its allowance (null: none set, nothing owed). */
  vehicles: z.array(z.object({ id: IdSchema, name: z.string(), allowanceCentsPerKm: z.number().int().nullable() })),
  rounds: z.array(MileageRoundSchema),
  distanceM: z.number().int(),
  amountCents: z.number().int(),
});
export type MileageOwner = z.infer<typeof MileageOwnerSchema>;

export const MileageReportSchema = z.object({
  month: Month,
  organisationId: IdSchema,
  owners: z.array(MileageOwnerSchema),
  totalCents: z.number().int(),
});
export type MileageReport = z.infer<typeof MileageReportSchema>;
