/**
 * Sites: depots and warehouses vehicles start from, bakeries bread is collected at, farms
 * producers supply from. A site is moved by editing its position and retired (archived) when no
 * vehicle in service starts from it any more.
 */
import * as z from "zod/mini";
import { CountrySchema, DEFAULT_COUNTRY, PostcodeSchema } from "./addresses.js";
import { IdSchema } from "./common.js";
import { HomeWindowSchema } from "./households.js";

export const SITE_KINDS = ["depot", "warehouse", "bakery", "farm", "other"] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/** Weekly opening hours, minutes since local midnight; none: open all day every day. */
export const OpeningHoursSchema = z.array(HomeWindowSchema).check(z.maxLength(28));

const SiteFields = {
  kind: z.enum(SITE_KINDS),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  addressLine: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  postcode: z.optional(PostcodeSchema),
  city: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(120))),
  /** ISO 3166-1 alpha-2; France when absent. A postcode given follows this country's rule. */
  country: CountrySchema,
  latitude: z.number().check(z.gte(-90), z.lte(90)),
  longitude: z.number().check(z.gte(-180), z.lte(180)),
  openingHours: OpeningHoursSchema,
};

export const SiteInputSchema = z.strictObject({
  organisationId: IdSchema,
  ...SiteFields,
  country: z._default(SiteFields.country, DEFAULT_COUNTRY),
  openingHours: z._default(SiteFields.openingHours, []),
});
export type SiteInput = z.input<typeof SiteInputSchema>;

/** Fields left out stay as they are; `archived: true` retires the site (refused while vehicles in service start from it). */
export const SitePatchSchema = z.partial(z.strictObject({ ...SiteFields, archived: z.boolean() })).check(z.refine((p) => Object.keys(p).length > 0, { message: "send at least one field to change" }));
export type SitePatch = z.input<typeof SitePatchSchema>;

export const SiteListQuerySchema = z.strictObject({
  organisationId: z.optional(IdSchema),
  /** `true` lists retired sites too. */
  archived: z.optional(z.enum(["true", "false"])),
});

export const SiteSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  kind: z.enum(SITE_KINDS),
  name: z.string(),
  addressLine: z.string(),
  postcode: z.nullable(z.string()),
  city: z.nullable(z.string()),
  country: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  openingHours: z.array(z.object({ weekday: z.number().check(z.int()), from: z.number().check(z.int()), to: z.number().check(z.int()) })),
  archived: z.boolean(),
  /** Vehicles in service that start from it. */
  vehicles: z.array(z.object({ id: IdSchema, name: z.string() })),
});
export type Site = z.infer<typeof SiteSchema>;
