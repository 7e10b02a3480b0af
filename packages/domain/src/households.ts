import { z } from "zod";
import { CitycodeSchema, CountrySchema, DEFAULT_COUNTRY, PostcodeSchema } from "./addresses.js";
import { LocalDateSchema } from "./common.js";

const Minute = z.number().int().min(0).max(1440);
export const HomeWindowSchema = z
  .strictObject({ weekday: z.number().int().min(1).max(7), from: Minute, to: Minute })
  .refine((w) => w.from < w.to, { message: "`from` must be before `to`", path: ["to"] });

export const PositionSchema = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

/** How often a household's home drop comes without waiting for an order: every week, every other week, every fourth week. */
export const HOME_DROP_FREQUENCIES = ["weekly", "fortnightly", "monthly"] as const;
export type HomeDropFrequency = (typeof HOME_DROP_FREQUENCIES)[number];

const Weekdays = z.array(z.number().int().min(1).max(7)).max(7).refine((days) => new Set(days).size === days.length, { message: "each weekday appears once" });

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
  name: z.string().trim().min(1).max(120),
  addressLine: z.string().trim().min(1).max(200),
  postcode: PostcodeSchema,
  city: z.string().trim().min(1).max(120),
  /** ISO 3166-1 alpha-2; France when absent. The postcode follows this country's rule. */
  country: CountrySchema,
  citycode: CitycodeSchema.optional(),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  accessNotes: z.string().max(500).optional(),
  mobility: z.enum(["comes_to_halt", "needs_home_drop"]),
  usualStopId: z.uuid().optional(),
  peopleCount: z.number().int().min(1).max(30),
  phone: z.string().regex(/^\+?[0-9 .-]{6,20}$/, "digits, spaces, dots or dashes").optional(),
  contactChannel: z.enum(["phone", "sms", "email", "post", "via_relay"]),
  homeAvailability: z.array(HomeWindowSchema).max(21),
  /** Home drops at this frequency, ordered or not; null: only when the household orders. */
  homeDropFrequency: z.enum(HOME_DROP_FREQUENCIES).nullable(),
  /** Weekdays (1 = Monday … 7) preferred for them; empty: any day someone is at home. */
  homeDropDays: Weekdays,
};

/**
 * What a coordinator enters for a household. Eligibility is separate: it is sensitive. A household
 * that needs home drops gets its home-drop stop at its address automatically.
 */
export const HouseholdInputSchema = z.strictObject({
  ...HouseholdFields,
  country: HouseholdFields.country.default(DEFAULT_COUNTRY),
  mobility: HouseholdFields.mobility.default("comes_to_halt"),
  peopleCount: HouseholdFields.peopleCount.default(1),
  contactChannel: HouseholdFields.contactChannel.default("phone"),
  homeAvailability: HouseholdFields.homeAvailability.default([]),
  homeDropFrequency: HouseholdFields.homeDropFrequency.default(null),
  homeDropDays: HouseholdFields.homeDropDays.default([]),
});
export type HouseholdInput = z.input<typeof HouseholdInputSchema>;

/**
 * The same fields, each optional and without defaults: what is not sent is left as it is. The
 * postcode is checked against the household's country (the one sent, or the one stored).
 */
export const HouseholdPatchSchema = z
  .strictObject(HouseholdFields)
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: "send at least one field to change" });

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
  accessNotes: z.string().nullable(),
  mobility: z.enum(["comes_to_halt", "needs_home_drop"]),
  usualStopId: z.uuid().nullable(),
  peopleCount: z.number().int(),
  phone: z.string().nullable(),
  contactChannel: z.string(),
  homeAvailability: z.array(z.object({ weekday: z.number(), from: z.number(), to: z.number() })),
  homeDropFrequency: z.enum(HOME_DROP_FREQUENCIES).nullable(),
  homeDropDays: z.array(z.number().int()),
});
export type Household = z.infer<typeof HouseholdSchema>;

export const HouseholdListQuerySchema = z.strictObject({
  search: z.string().trim().max(100).optional(),
  city: z.string().trim().max(120).optional(),
});

/** Eligibility for social prices: only coordinators and the referring social worker see it. */
export const EligibilityInputSchema = z
  .strictObject({
    organisationId: z.uuid(),
    participationRatePercent: z.number().int().min(1).max(100),
    monthlyCapCents: z.number().int().min(0).max(10_000_00).nullable().default(null),
    validFrom: LocalDateSchema,
    validTo: LocalDateSchema,
    note: z.string().max(500).optional(),
  })
  .refine((e) => e.validTo >= e.validFrom, { message: "validTo must be on or after validFrom", path: ["validTo"] });

export const EligibilitySchema = z.object({
  id: z.uuid(),
  householdId: z.uuid(),
  organisationId: z.uuid(),
  referrerUserId: z.uuid().nullable(),
  participationRatePercent: z.number().int(),
  monthlyCapCents: z.number().int().nullable(),
  validFrom: LocalDateSchema,
  validTo: LocalDateSchema,
  status: z.enum(["active", "suspended", "ended"]),
  history: z.array(z.object({ status: z.string(), at: z.iso.datetime(), note: z.string().nullable() })),
});
