import * as z from "zod/mini";
import { CitycodeSchema, CountrySchema, DEFAULT_COUNTRY, PostcodeSchema } from "./addresses.js";
import { LocalDateSchema } from "./common.js";

const Minute = z.number().check(z.int(), z.gte(0), z.lte(1440));
export const HomeWindowSchema = z.strictObject({ weekday: z.number().check(z.int(), z.gte(1), z.lte(7)), from: Minute, to: Minute }).check(z.refine((w) => w.from < w.to, { message: "`from` must be before `to`", path: ["to"] }));

export const PositionSchema = z.strictObject({
  latitude: z.number().check(z.gte(-90), z.lte(90)),
  longitude: z.number().check(z.gte(-180), z.lte(180)),
});

/** How often a household's home drop comes without waiting for an order: every week, every other week, every fourth week. */
export const HOME_DROP_FREQUENCIES = ["weekly", "fortnightly", "monthly"] as const;
export type HomeDropFrequency = (typeof HOME_DROP_FREQUENCIES)[number];

const Weekdays = z.array(z.number().check(z.int(), z.gte(1), z.lte(7))).check(z.maxLength(7), z.refine((days) => new Set(days).size === days.length, { message: "each weekday appears once" }));

/**
 * What makes a household's home drops at a frequency impossible, field by field: a frequency for a
 * household that comes to a halt, or a preferred day on which nobody is at home (when its
 * availability is given).
 */
export function homeDropProblems(h: { mobility: string; homeAvailability: readonly { weekday: number }[]; homeDropFrequency?: HomeDropFrequency | null | undefined; homeDropDays?: readonly number[] | undefined }): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (h.homeDropFrequency && h.mobility !== "needs_home_drop") problems.push({ path: "homeDropFrequency", message: "only a household that needs home drops has a home-drop frequency" });
  const athome = new Set(h.homeAvailability.map((w) => w.weekday));
  if (athome.size) {
    (h.homeDropDays ?? []).forEach((day, i) => {
      if (!athome.has(day)) problems.push({ path: `homeDropDays.${i}`, message: `nobody is at home on weekday ${day}: add a window that day to the household's availability, or choose another day` });
    });
  }
  return problems;
}

const HouseholdFields = {
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  addressLine: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  postcode: PostcodeSchema,
  city: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  /** ISO 3166-1 alpha-2; France when absent. The postcode follows this country's rule. */
  country: CountrySchema,
  citycode: z.optional(CitycodeSchema),
  latitude: z.number().check(z.gte(-90), z.lte(90)),
  longitude: z.number().check(z.gte(-180), z.lte(180)),
  accessNotes: z.optional(z.string().check(z.maxLength(500))),
  mobility: z.enum(["comes_to_halt", "needs_home_drop"]),
  usualStopId: z.optional(z.uuid()),
  peopleCount: z.number().check(z.int(), z.gte(1), z.lte(30)),
  phone: z.optional(z.string().check(z.regex(/^\+?[0-9 .-]{6,20}$/, "digits, spaces, dots or dashes"))),
  contactChannel: z.enum(["phone", "sms", "email", "post", "via_relay"]),
  homeAvailability: z.array(HomeWindowSchema).check(z.maxLength(21)),
  /** Home drops at this frequency, ordered or not; null: only when the household orders. */
  homeDropFrequency: z.nullable(z.enum(HOME_DROP_FREQUENCIES)),
  /** Weekdays (1 = Monday … 7) preferred for them; empty: any day someone is at home. */
  homeDropDays: Weekdays,
};

/**
 * What a coordinator enters for a household. Eligibility is separate: it is sensitive. A household
 * that needs home drops gets its home-drop stop at its address automatically.
 */
export const HouseholdInputSchema = z.strictObject({
  ...HouseholdFields,
  country: z._default(HouseholdFields.country, DEFAULT_COUNTRY),
  mobility: z._default(HouseholdFields.mobility, "comes_to_halt"),
  peopleCount: z._default(HouseholdFields.peopleCount, 1),
  contactChannel: z._default(HouseholdFields.contactChannel, "phone"),
  homeAvailability: z._default(HouseholdFields.homeAvailability, []),
  homeDropFrequency: z._default(HouseholdFields.homeDropFrequency, null),
  homeDropDays: z._default(HouseholdFields.homeDropDays, []),
});
export type HouseholdInput = z.input<typeof HouseholdInputSchema>;

/**
 * The same fields, each optional and without defaults: what is not sent is left as it is. The
 * postcode is checked against the household's country (the one sent, or the one stored).
 */
export const HouseholdPatchSchema = z.partial(z.strictObject(HouseholdFields)).check(z.refine((p) => Object.keys(p).length > 0, { message: "send at least one field to change" }));

export const HouseholdSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  name: z.string(),
  addressLine: z.string(),
  postcode: z.string(),
  city: z.string(),
  country: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  accessNotes: z.nullable(z.string()),
  mobility: z.enum(["comes_to_halt", "needs_home_drop"]),
  usualStopId: z.nullable(z.uuid()),
  peopleCount: z.number().check(z.int()),
  phone: z.nullable(z.string()),
  contactChannel: z.string(),
  homeAvailability: z.array(z.object({ weekday: z.number(), from: z.number(), to: z.number() })),
  homeDropFrequency: z.nullable(z.enum(HOME_DROP_FREQUENCIES)),
  homeDropDays: z.array(z.number().check(z.int())),
});
export type Household = z.infer<typeof HouseholdSchema>;

export const HouseholdListQuerySchema = z.strictObject({
  search: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  city: z.optional(z.string().check(z.trim(), z.maxLength(120))),
});

/** Eligibility for social prices: only coordinators and the referring social worker see it. */
export const EligibilityInputSchema = z.strictObject({
    organisationId: z.uuid(),
    participationRatePercent: z.number().check(z.int(), z.gte(1), z.lte(100)),
    monthlyCapCents: z._default(z.nullable(z.number().check(z.int(), z.gte(0), z.lte(10_000_00))), null),
    validFrom: LocalDateSchema,
    validTo: LocalDateSchema,
    note: z.optional(z.string().check(z.maxLength(500))),
  }).check(z.refine((e) => e.validTo >= e.validFrom, { message: "validTo must be on or after validFrom", path: ["validTo"] }));

export const EligibilitySchema = z.object({
  id: z.uuid(),
  householdId: z.uuid(),
  organisationId: z.uuid(),
  referrerUserId: z.nullable(z.uuid()),
  participationRatePercent: z.number().check(z.int()),
  monthlyCapCents: z.nullable(z.number().check(z.int())),
  validFrom: LocalDateSchema,
  validTo: LocalDateSchema,
  status: z.enum(["active", "suspended", "ended"]),
  history: z.array(z.object({ status: z.string(), at: z.iso.datetime(), note: z.nullable(z.string()) })),
});
