/**
 * The referrer's portal and the grocery's decisions: a social worker refers a new household or
 * asks to renew an eligibility, proposing the rate, the monthly cap and the period; the grocery's
 * coordinators accept or refuse with a reason. A referrer sees only what she needs: identity,
 * contact, eligibility history and, if the household agreed, whether it still comes; never
 * order contents, driver notes or wellbeing concerns.
 */
import { z } from "zod";
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
  participationRatePercent: z.number().int().min(1).max(100),
  monthlyCapCents: z.number().int().min(0).max(10_000_00).nullable().default(null),
  validFrom: LocalDateSchema,
  validTo: LocalDateSchema,
  /** A word for the grocery's coordinators. */
  note: z.string().trim().max(1000).optional(),
};

function checkPeriod(p: { validFrom: string; validTo: string }, ctx: z.RefinementCtx): void {
  if (p.validTo < p.validFrom) ctx.addIssue({ code: "custom", path: ["validTo"], message: "the end must be on or after the start" });
  else if (days(p.validFrom, p.validTo) > MAX_ELIGIBILITY_DAYS) ctx.addIssue({ code: "custom", path: ["validTo"], message: "a period lasts a year at most" });
}

/** A new household as its referrer knows it; the coordinators place it on the map and choose its halt when they accept. */
export const ReferralHouseholdSchema = HouseholdInputSchema.pick({
  name: true, addressLine: true, postcode: true, city: true, country: true, phone: true, contactChannel: true, peopleCount: true, mobility: true,
});
export type ReferralHousehold = z.input<typeof ReferralHouseholdSchema>;

export const NewHouseholdReferralSchema = z
  .strictObject({
    /** The social grocery asked to take the household in. */
    organisationId: z.uuid(),
    household: ReferralHouseholdSchema,
    ...proposal,
    /** The household agreed that the grocery tells its referrer whether it still comes. */
    shareAttendance: z.boolean().default(false),
  })
  .superRefine(checkPeriod);
export type NewHouseholdReferral = z.input<typeof NewHouseholdReferralSchema>;

export const RenewalRequestSchema = z.strictObject({ householdId: z.uuid(), ...proposal }).superRefine(checkPeriod);
export type RenewalRequest = z.input<typeof RenewalRequestSchema>;

/** Accepting: a new household needs its full record (position, halt); a renewal needs nothing. */
export const ReferralAcceptanceSchema = z.strictObject({
  household: HouseholdInputSchema.optional(),
  note: z.string().trim().max(500).optional(),
});
export const ReferralRefusalSchema = z.strictObject({ reason: z.string().trim().min(3, "say why, in a few words").max(500) });
export const ReferralListQuerySchema = z.strictObject({ status: z.enum(REFERRAL_STATUSES).optional() });

const PersonSchema = z.object({ displayName: z.string(), organisationName: z.string().nullable() });

export const ReferralSchema = z.object({
  id: z.uuid(),
  kind: z.enum(REFERRAL_KINDS),
  status: z.enum(REFERRAL_STATUSES),
  organisationId: z.uuid(),
  organisationName: z.string(),
  referrer: PersonSchema.nullable(),
  /** The household renewed or taken in (null while a new household waits). */
  householdId: z.uuid().nullable(),
  householdName: z.string(),
  city: z.string(),
  /** A new household as the referrer described it. */
  draft: ReferralHouseholdSchema.nullable(),
  participationRatePercent: z.number().int(),
  monthlyCapCents: z.number().int().nullable(),
  validFrom: LocalDateSchema,
  validTo: LocalDateSchema,
  note: z.string().nullable(),
  shareAttendance: z.boolean(),
  createdAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  decidedBy: PersonSchema.nullable(),
  decisionReason: z.string().nullable(),
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
  validTo: LocalDateSchema.nullable(),
  daysLeft: z.number().int().nullable(),
  /** A renewal waiting for the grocery's decision. */
  pendingSince: z.iso.datetime().nullable(),
});
export type ReferredHousehold = z.infer<typeof ReferredHouseholdSchema>;

export const EligibilityRecordSchema = z.object({
  id: z.uuid(),
  participationRatePercent: z.number().int(),
  monthlyCapCents: z.number().int().nullable(),
  validFrom: LocalDateSchema,
  validTo: LocalDateSchema,
  status: z.enum(["active", "suspended", "ended"]),
  /** Who decided what, when: granted, renewed, suspended, ended. */
  events: z.array(z.object({ status: z.string(), validTo: LocalDateSchema.nullable(), at: z.iso.datetime(), by: z.string().nullable(), note: z.string().nullable() })),
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

export const ReferredHouseholdDetailSchema = ReferredHouseholdSchema.extend({
  organisationId: z.uuid(),
  organisationName: z.string(),
  addressLine: z.string(),
  postcode: z.string(),
  phone: z.string().nullable(),
  contactChannel: z.string(),
  peopleCount: z.number().int(),
  mobility: z.enum(["comes_to_halt", "needs_home_drop"]),
  eligibilities: z.array(EligibilityRecordSchema),
  requests: z.array(ReferralSchema),
  attendance: AttendanceSchema,
});
export type ReferredHouseholdDetail = z.infer<typeof ReferredHouseholdDetailSchema>;

/** The groceries a referrer can send a household to. */
export const ReferralGrocerySchema = z.object({ id: z.uuid(), name: z.string() });
