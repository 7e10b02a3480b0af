import * as z from "zod/mini";
import { CitycodeSchema, CountrySchema, DEFAULT_COUNTRY, PostcodeSchema } from "./addresses.js";
import { ROUTING_SOURCES, STOP_KINDS } from "./vocabulary.js";

const StopFields = {
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  addressLine: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  postcode: z.optional(PostcodeSchema),
  city: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  /** The commune's INSEE code, from the address search; a city changed without one clears it. */
  citycode: z.optional(CitycodeSchema),
  /** ISO 3166-1 alpha-2; France when absent. A postcode given follows this country's rule. */
  country: CountrySchema,
  latitude: z.number().check(z.gte(-90), z.lte(90)),
  longitude: z.number().check(z.gte(-180), z.lte(180)),
  accessNotes: z.optional(z.string().check(z.maxLength(500))),
};

/** Halts only: the partner organisation (a town hall) that hosts it, and the room or square it lends. */
const HostFields = {
  hostOrganisationId: z.nullable(z.uuid()),
  hostPlace: z.nullable(z.string().check(z.trim(), z.minLength(1, "name the room or the square, e.g. Salle des fêtes"), z.maxLength(120))),
};

/** A village halt or a household's door, as a coordinator enters it (pin placed on the map). */
export const StopInputSchema = z.strictObject({
  organisationId: z.uuid(),
  kind: z._default(z.enum(STOP_KINDS), "halt"),
  ...StopFields,
  country: z._default(StopFields.country, DEFAULT_COUNTRY),
  /** Home drops only: the household whose door it is. */
  householdId: z.optional(z.uuid()),
  hostOrganisationId: z.optional(HostFields.hostOrganisationId),
  hostPlace: z.optional(HostFields.hostPlace),
});
export type StopInput = z.input<typeof StopInputSchema>;

/** Fields left out stay as they are (no defaults here). A postcode is checked against the stop's country. */
export const StopPatchSchema = z.partial(z.strictObject({ ...StopFields, ...HostFields, archived: z.boolean() })).check(z.refine((p) => Object.keys(p).length > 0, { message: "send at least one field to change" }));

export const StopListQuerySchema = z.strictObject({
  organisationId: z.optional(z.uuid()),
  kind: z.optional(z.enum(STOP_KINDS)),
});

export const StopSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  kind: z.enum(STOP_KINDS),
  name: z.string(),
  addressLine: z.nullable(z.string()),
  postcode: z.nullable(z.string()),
  city: z.string(),
  citycode: z.nullable(z.string()),
  country: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  accessNotes: z.nullable(z.string()),
  householdId: z.nullable(z.uuid()),
  hostOrganisationId: z.nullable(z.uuid()),
  hostPlace: z.nullable(z.string()),
});
export type Stop = z.infer<typeof StopSchema>;

export const ArrivalsQuerySchema = z.strictObject({ householdId: z.uuid() });

/**
 * The time told to residents at a household's passage, once its round is published, where it comes
 * from (road times: osrm, a straight-line estimate, or both: mixed), and the time told before when
 * the latest publication moved it by more than 15 minutes.
 */
export const ArrivalSchema = z.object({
  passageId: z.uuid(), plannedArrival: z.iso.datetime(), source: z.nullable(z.enum(ROUTING_SOURCES)),
  previousArrival: z.optional(z.nullable(z.iso.datetime())),
  /** The round is under way and runs late (over 15 minutes): by how much, and when the truck is now expected here. */
  delay: z.optional(z.nullable(z.object({ minutes: z.number().check(z.int()), expectedArrival: z.iso.datetime() }))),
});
export type Arrival = z.infer<typeof ArrivalSchema>;
