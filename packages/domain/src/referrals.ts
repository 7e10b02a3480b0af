/**
 * The referrer's portal and the grocery's decisions: a social worker refers a new household or
 * asks to renew an eligibility, proposing the rate, the monthly cap and the period; the grocery's
 * coordinators accept or refuse with a reason. A referrer sees only what she needs: identity,
 * contact, eligibility history and, if the household agreed, whether it still comes; never
 * order contents, driver notes or wellbeing concerns.
 */
import * as z from "zod/mini";
import { LocalDateSchema } from "./common.js";
import { HouseholdInputSchema } from "./households.js";

export const REFERRAL_KINDS = ["new_household", "renewal"] as const;
export const REFERRAL_STATUSES = ["pending", "accepted", "refused", "withdrawn"] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Longest period a commission grants at once: a year. */
export const MAX_ELIGIBILITY_DAYS = 366;

const DAY_MS = 86_400_000;
const days = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;

/** The eligibility a referrer proposes, as the commission decided it. */
const proposal = {
  participationRatePercent: z.number().check(z.int(), z.gte(1), z.lte(100)),
  monthlyCapCents: z._default(z.nullable(z.number().check(z.int(), z.gte(0), z.lte(10_000_00))), null),
  validFrom: LocalDateSchema,
  validTo: LocalDateSchema,
  /** A word for the grocery's coordinators. */
  note: z.optional(z.string().check(z.trim(), z.maxLength(1000))),
};

function checkPeriod(p: { validFrom: string; validTo: string }, ctx: z.core.$RefinementCtx): void {
  if (p.validTo < p.validFrom) ctx.addIssue({ code: "custom", path: ["validTo"], message: "the end must be on or after the start" });
  else if (days(p.validFrom, p.validTo) > MAX_ELIGIBILITY_DAYS) ctx.addIssue({ code: "custom", path: ["validTo"], message: "a period lasts a year at most" });
}

/** A new household as its referrer knows it; the coordinators place it on the map and choose its halt when they accept. */
export const ReferralHouseholdSchema = z.pick(HouseholdInputSchema, {
  name: true, addressLine: true, postcode: true, city: true, country: true, phone: true, contactChannel: true, peopleCount: true, mobility: true,
});
export type ReferralHousehold = z.input<typeof ReferralHouseholdSchema>;

export const NewHouseholdReferralSchema = z.strictObject({
    /** The social grocery asked to take the household in. */
    organisationId: z.uuid(),
    household: ReferralHouseholdSchema,
    ...proposal,
    /** The household agreed that the grocery tells its referrer whether it still comes. */
    shareAttendance: z._default(z.boolean(), false),
  }).check(z.superRefine(checkPeriod));
export type NewHouseholdReferral = z.input<typeof NewHouseholdReferralSchema>;

export const RenewalRequestSchema = z.strictObject({ householdId: z.uuid(), ...proposal }).check(z.superRefine(checkPeriod));
export type RenewalRequest = z.input<typeof RenewalRequestSchema>;

/** Accepting: a new household needs its full record (position, halt); a renewal needs nothing. */
export const ReferralAcceptanceSchema = z.strictObject({
  household: z.optional(HouseholdInputSchema),
  note: z.optional(z.string().check(z.trim(), z.maxLength(500))),
});
export const ReferralRefusalSchema = z.strictObject({ reason: z.string().check(z.trim(), z.minLength(3, "say why, in a few words"), z.maxLength(500)) });
export const ReferralListQuerySchema = z.strictObject({ status: z.optional(z.enum(REFERRAL_STATUSES)) });

const PersonSchema = z.object({ displayName: z.string(), organisationName: z.nullable(z.string()) });

export const ReferralSchema = z.object({
  id: z.uuid(),
  kind: z.enum(REFERRAL_KINDS),
  status: z.enum(REFERRAL_STATUSES),
  organisationId: z.uuid(),
  organisationName: z.string(),
  referrer: z.nullable(PersonSchema),
  /** The household renewed or taken in (null while a new household waits). */
  householdId: z.nullable(z.uuid()),
  householdName: z.string(),
  city: z.string(),
  /** A new household as the referrer described it. */
  draft: z.nullable(ReferralHouseholdSchema),
  participationRatePercent: z.number().check(z.int()),
  monthlyCapCents: z.nullable(z.number().check(z.int())),
  validFrom: LocalDateSchema,
  validTo: LocalDateSchema,
  note: z.nullable(z.string()),
  shareAttendance: z.boolean(),
  createdAt: z.iso.datetime(),
  decidedAt: z.nullable(z.iso.datetime()),
  decidedBy: z.nullable(PersonSchema),
  decisionReason: z.nullable(z.string()),
});
export type Referral = z.infer<typeof ReferralSchema>;

/** Where a household stands, for its referrer, most urgent first. */
export const STANDINGS = ["expired", "expiring", "suspended", "pending", "valid", "none"] as const;
export type Standing = (typeof STANDINGS)[number];

export const ReferredHouseholdSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  city: z.string(),
  standing: z.enum(STANDINGS),
  /** Last day of the latest eligibility, and days from today to it (negative once over). */
  validTo: z.nullable(LocalDateSchema),
  daysLeft: z.nullable(z.number().check(z.int())),
  /** A renewal waiting for the grocery's decision. */
  pendingSince: z.nullable(z.iso.datetime()),
});
export type ReferredHousehold = z.infer<typeof ReferredHouseholdSchema>;

export const EligibilityRecordSchema = z.object({
  id: z.uuid(),
  participationRatePercent: z.number().check(z.int()),
  monthlyCapCents: z.nullable(z.number().check(z.int())),
  validFrom: LocalDateSchema,
  validTo: LocalDateSchema,
  status: z.enum(["active", "suspended", "ended"]),
  /** Who decided what, when: granted, renewed, suspended, ended. */
  events: z.array(z.object({ status: z.string(), validTo: z.nullable(LocalDateSchema), at: z.iso.datetime(), by: z.nullable(z.string()), note: z.nullable(z.string()) })),
});

export const AttendanceSchema = z.discriminatedUnion("shared", [
  z.object({ shared: z.literal(false) }),
  z.object({
    shared: z.literal(true),
    /** Since when the household's passages are counted. */
    since: LocalDateSchema,
    passages: z.array(z.object({ date: LocalDateSchema, outcome: z.enum(["attended", "missed"]) })),
  }),
]);
export type Attendance = z.infer<typeof AttendanceSchema>;

export const ReferredHouseholdDetailSchema = z.extend(ReferredHouseholdSchema, {
  organisationId: z.uuid(),
  organisationName: z.string(),
  addressLine: z.string(),
  postcode: z.string(),
  phone: z.nullable(z.string()),
  contactChannel: z.string(),
  peopleCount: z.number().check(z.int()),
  mobility: z.enum(["comes_to_halt", "needs_home_drop"]),
  eligibilities: z.array(EligibilityRecordSchema),
  requests: z.array(ReferralSchema),
  attendance: AttendanceSchema,
});
export type ReferredHouseholdDetail = z.infer<typeof ReferredHouseholdDetailSchema>;

/** The groceries a referrer can send a household to. */
export const ReferralGrocerySchema = z.object({ id: z.uuid(), name: z.string() });
