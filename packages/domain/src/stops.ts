import { z } from "zod";
import { STOP_KINDS } from "./vocabulary.js";

/** A village halt or a household's door, as a coordinator enters it (pin placed on the map). */
export const StopInputSchema = z.strictObject({
  organisationId: z.uuid(),
  kind: z.enum(STOP_KINDS).default("halt"),
  name: z.string().trim().min(1).max(120),
  addressLine: z.string().trim().max(200).optional(),
  city: z.string().trim().min(1).max(120),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  accessNotes: z.string().max(500).optional(),
  /** Home drops only: the household whose door it is. */
  householdId: z.uuid().optional(),
});
export type StopInput = z.input<typeof StopInputSchema>;

export const StopPatchSchema = StopInputSchema.omit({ organisationId: true, kind: true, householdId: true })
  .extend({ archived: z.boolean() })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: "send at least one field to change" });

export const StopListQuerySchema = z.strictObject({
  organisationId: z.uuid().optional(),
  kind: z.enum(STOP_KINDS).optional(),
});

export const StopSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  kind: z.enum(STOP_KINDS),
  name: z.string(),
  addressLine: z.string().nullable(),
  city: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  accessNotes: z.string().nullable(),
  householdId: z.uuid().nullable(),
});
export type Stop = z.infer<typeof StopSchema>;

export const ArrivalsQuerySchema = z.strictObject({ householdId: z.uuid() });

/** The estimated time at a household's passage, once its round is published. */
export const ArrivalSchema = z.object({ passageId: z.uuid(), plannedArrival: z.iso.datetime() });
export type Arrival = z.infer<typeof ArrivalSchema>;
