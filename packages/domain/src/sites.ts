/**
 * Sites: depots and warehouses vehicles start from, bakeries bread is collected at, farms
 * producers supply from. A site is moved by editing its position and retired (archived) when no
 * vehicle in service starts from it any more.
 */
import { z } from "zod";
import { CountrySchema, DEFAULT_COUNTRY, PostcodeSchema } from "./addresses.js";
import { IdSchema } from "./common.js";
import { HomeWindowSchema } from "./households.js";

export const SITE_KINDS = ["depot", "warehouse", "bakery", "farm", "other"] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/** Weekly opening hours, minutes since local midnight; none: open all day every day. */
export const OpeningHoursSchema = z.array(HomeWindowSchema).max(28);

const SiteFields = {
  kind: z.enum(SITE_KINDS),
  name: z.string().trim().min(1).max(120),
  addressLine: z.string().trim().min(1).max(200),
  postcode: PostcodeSchema.optional(),
  city: z.string().trim().min(1).max(120).optional(),
  /** ISO 3166-1 alpha-2; France when absent. A postcode given follows this country's rule. */
  country: CountrySchema,
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  openingHours: OpeningHoursSchema,
};

export const SiteInputSchema = z.strictObject({
  organisationId: IdSchema,
  ...SiteFields,
  country: SiteFields.country.default(DEFAULT_COUNTRY),
  openingHours: SiteFields.openingHours.default([]),
});
export type SiteInput = z.input<typeof SiteInputSchema>;

/** Fields left out stay as they are; `archived: true` retires the site (refused while vehicles in service start from it). */
export const SitePatchSchema = z
  .strictObject({ ...SiteFields, archived: z.boolean() })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: "send at least one field to change" });
export type SitePatch = z.input<typeof SitePatchSchema>;

export const SiteListQuerySchema = z.strictObject({
  organisationId: IdSchema.optional(),
  /** `true` lists retired sites too. */
  archived: z.enum(["true", "false"]).optional(),
});

export const SiteSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  kind: z.enum(SITE_KINDS),
  name: z.string(),
  addressLine: z.string(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  openingHours: z.array(z.object({ weekday: z.number().int(), from: z.number().int(), to: z.number().int() })),
  archived: z.boolean(),
  /** Vehicles in service that start from it. */
  vehicles: z.array(z.object({ id: IdSchema, name: z.string() })),
});
export type Site = z.infer<typeof SiteSchema>;
