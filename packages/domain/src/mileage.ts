/**
 * Volunteers' own cars: the mileage allowance owed for the rounds they drove in a month (rounds
 * published, under way or closed, at the km planned), per volunteer and per round.
 */
import * as z from "zod/mini";
import { IdSchema, LocalDateSchema } from "./common.js";

const Month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month 'YYYY-MM'"));

export const MileageReportQuerySchema = z.strictObject({
  /** Default: the current month in the organisation's time zone. */
  month: z.optional(Month),
  /** Needed when the coordinator coordinates several organisations. */
  organisationId: z.optional(IdSchema),
});

export const MileageRoundSchema = z.object({
  tourId: IdSchema,
  date: LocalDateSchema,
  status: z.enum(["published", "in_progress", "closed"]),
  vehicle: z.object({ id: IdSchema, name: z.string() }),
  /** Who drove it (usually the owner). */
  driverName: z.nullable(z.string()),
  distanceM: z.number().check(z.int()),
  amountCents: z.number().check(z.int()),
});
export type MileageRound = z.infer<typeof MileageRoundSchema>;

export const MileageOwnerSchema = z.object({
  owner: z.object({ id: IdSchema, displayName: z.string() }),
  /** Each of the owner's cars and its allowance (null: none set, nothing owed). */
  vehicles: z.array(z.object({ id: IdSchema, name: z.string(), allowanceCentsPerKm: z.nullable(z.number().check(z.int())) })),
  rounds: z.array(MileageRoundSchema),
  distanceM: z.number().check(z.int()),
  amountCents: z.number().check(z.int()),
});
export type MileageOwner = z.infer<typeof MileageOwnerSchema>;

export const MileageReportSchema = z.object({
  month: Month,
  organisationId: IdSchema,
  owners: z.array(MileageOwnerSchema),
  totalCents: z.number().check(z.int()),
});
export type MileageReport = z.infer<typeof MileageReportSchema>;
