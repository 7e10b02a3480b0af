/**
 * One-off passages: a visit of a halt or a home drop on one date without a recurring round
 * (a market day, a catch-up visit). Times are 'HH:MM' in the organisation's zone.
 */
import { z } from "zod";
import { IdSchema, LocalDateSchema } from "./common.js";
import { STOP_KINDS } from "./vocabulary.js";

const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time of day as HH:MM, e.g. 09:30");

export const OneOffPassageInputSchema = z
  .strictObject({
    organisationId: IdSchema,
    stopId: IdSchema,
    date: LocalDateSchema,
    /** Residents are told to come from `from` to `to`; service starts in that window. */
    from: Clock,
    to: Clock,
    dwellMinutes: z.number().int().min(1).max(240).default(15),
  })
  .refine((p) => p.from < p.to, { message: "the window must end after it starts", path: ["to"] });
export type OneOffPassageInput = z.input<typeof OneOffPassageInputSchema>;

export const ScheduledPassageSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  date: LocalDateSchema,
  stop: z.object({ id: IdSchema, kind: z.enum(STOP_KINDS), name: z.string(), city: z.string() }),
  /** Null for a one-off passage. */
  templateId: IdSchema.nullable(),
  windowStart: z.iso.datetime(),
  windowEnd: z.iso.datetime(),
  dwellMinutes: z.number().int(),
  cutoffAt: z.iso.datetime(),
  status: z.enum(["scheduled", "skipped", "cancelled"]),
});
export type ScheduledPassage = z.infer<typeof ScheduledPassageSchema>;
