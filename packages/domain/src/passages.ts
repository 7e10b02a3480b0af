/**
 * One-off passages: a visit of a halt or a home drop on one date without a recurring round
 * (a market day, a catch-up visit). Times are 'HH:MM' in the organisation's zone.
 */
import * as z from "zod/mini";
import { IdSchema, LocalDateSchema } from "./common.js";
import { STOP_KINDS } from "./vocabulary.js";

const Clock = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time of day as HH:MM, e.g. 09:30"));

export const OneOffPassageInputSchema = z.strictObject({
    organisationId: IdSchema,
    stopId: IdSchema,
    date: LocalDateSchema,
    /** Residents are told to come from `from` to `to`; service starts in that window. */
    from: Clock,
    to: Clock,
    dwellMinutes: z._default(z.number().check(z.int(), z.gte(1), z.lte(240)), 15),
  }).check(z.refine((p) => p.from < p.to, { message: "the window must end after it starts", path: ["to"] }));
export type OneOffPassageInput = z.input<typeof OneOffPassageInputSchema>;

export const ScheduledPassageSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  date: LocalDateSchema,
  stop: z.object({ id: IdSchema, kind: z.enum(STOP_KINDS), name: z.string(), city: z.string() }),
  /** Null for a one-off passage. */
  templateId: z.nullable(IdSchema),
  windowStart: z.iso.datetime(),
  windowEnd: z.iso.datetime(),
  dwellMinutes: z.number().check(z.int()),
  cutoffAt: z.iso.datetime(),
  status: z.enum(["scheduled", "skipped", "cancelled"]),
});
export type ScheduledPassage = z.infer<typeof ScheduledPassageSchema>;
