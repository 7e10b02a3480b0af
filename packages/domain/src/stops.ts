import { z } from "zod";
import { CitycodeSchema, CountrySchema, DEFAULT_COUNTRY, PostcodeSchema } from "./addresses.js";
import { ROUTING_SOURCES, STOP_KINDS } from "./vocabulary.js";

const StopFields = {
  name: z.string().trim().min(1).max(120),
  addressLine: z.string().trim().max(200).optional(),
  postcode: PostcodeSchema.optional(),
  city: z.string().trim().min(1).max(120),
  /** The commune's INSEE code, from the address search; a city changed without one clears it. */
  citycode: CitycodeSchema.optional(),
  /** ISO 3166-1 alpha-2; France when absent. A postcode given follows this country's rule. */
  country: CountrySchema,
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  accessNotes: z.string().max(500).optional(),
};

/** Halts only: the partner organisation (a town hall) that hosts it, and the room or square it lends. */
const HostFields = {
  hostOrganisationId: z.uuid().nullable(),
  hostPlace: z.string().trim().min(1, "name the room or the square, e.g. Salle des fêtes").max(120).nullable(),
};

/** A village halt or a household's door, as a coordinator enters it (pin placed on the map). */
export const StopInputSchema = z.strictObject({
  organisationId: z.uuid(),
  kind: z.enum(STOP_KINDS).default("halt"),
  ...StopFields,
  country: StopFields.country.default(DEFAULT_COUNTRY),
  /** Home drops only: the household whose door it is. */
  householdId: z.uuid().optional(),
  hostOrganisationId: HostFields.hostOrganisationId.optional(),
  hostPlace: HostFields.hostPlace.optional(),
});
export type StopInput = z.input<typeof StopInputSchema>;

/** Fields left out stay as they are (no defaults here). A postcode is checked against the stop's country. */
export const StopPatchSchema = z
  .strictObject({ ...StopFields, ...HostFields, archived: z.boolean() })
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
  postcode: z.string().nullable(),
  city: z.string(),
  citycode: z.string().nullable(),
  country: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  accessNotes: z.string().nullable(),
  householdId: z.uuid().nullable(),
  hostOrganisationId: z.uuid().nullable(),
  hostPlace: z.string().nullable(),
});
export type Stop = z.infer<typeof StopSchema>;

export const ArrivalsQuerySchema = z.strictObject({ householdId: z.uuid() });

/**
 * The time told to residents at a household's passage, once its round is published, where it comes
 * from (road times: osrm, a straight-line estimate, or both: mixed), and the time told before when
 * the latest publication moved it by more than 15 minutes.
 */
export const ArrivalSchema = z.object({
  passageId: z.uuid(), plannedArrival: z.iso.datetime(), source: z.enum(ROUTING_SOURCES).nullable(),
  previousArrival: z.iso.datetime().nullable().optional(),
  /** The round is under way and runs late (over 15 minutes): by how much, and when the truck is now expected here. */
  delay: z.object({ minutes: z.number().int(), expectedArrival: z.iso.datetime() }).nullable().optional(),
});
export type Arrival = z.infer<typeof ArrivalSchema>;
