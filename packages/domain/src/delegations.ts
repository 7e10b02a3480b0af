/**
 * Delegations and the relay's week. A delegation is the household's consent that a relay (a town
 * hall, a relative) acts for it: given on a date, covering ordering and possibly paying, revocable
 * by the household or its coordinators. A relay sees what it needs to order and to collect the
 * money (products, the amount to pay), never the eligibility (rate, period, referrer, cap) nor the
 * credit left.
 */
import * as z from "zod/mini";
import { LocalDateSchema } from "./common.js";
import { PassageOrderSchema, PassageStopSchema } from "./catalogue.js";

export const DELEGATION_SCOPES = ["order", "pay"] as const;
export type DelegationScope = (typeof DELEGATION_SCOPES)[number];

export const DelegationInputSchema = z.strictObject({
  relayUserId: z.uuid(),
  covers: z.array(z.enum(DELEGATION_SCOPES)).check(z.minLength(1), z.maxLength(DELEGATION_SCOPES.length), z.refine((c) => c.includes("order"), { message: "a delegation covers ordering at least" }), z.refine((c) => new Set(c).size === c.length, { message: "name each scope once" })),
  /** The day the household gave its consent (default: today); not in the future. */
  givenOn: z.optional(LocalDateSchema),
  /** How the consent was given: "signed at the town hall", "by phone, confirmed by letter". */
  evidence: z.string().check(z.trim(), z.minLength(3, "say how the household gave its consent"), z.maxLength(300)),
});
export type DelegationInput = z.input<typeof DelegationInputSchema>;

export const DelegationRevocationSchema = z.strictObject({ reason: z.optional(z.string().check(z.trim(), z.maxLength(300))) });

const NamedSchema = z.object({ id: z.uuid(), displayName: z.string(), organisationName: z.nullable(z.string()) });

export const DelegationSchema = z.object({
  id: z.uuid(),
  householdId: z.uuid(),
  householdName: z.string(),
  relay: NamedSchema,
  covers: z.array(z.enum(DELEGATION_SCOPES)),
  grantedAt: z.iso.datetime(),
  evidence: z.nullable(z.string()),
  recordedBy: z.nullable(z.string()),
  revokedAt: z.nullable(z.iso.datetime()),
  revokedBy: z.nullable(z.string()),
});
export type Delegation = z.infer<typeof DelegationSchema>;

/** An account a coordinator may record a delegation to. */
export const RelayAccountSchema = NamedSchema;

/** One coming passage of a household a relay orders for, with its order if any. */
export const RelayPassageSchema = z.object({
  id: z.uuid(),
  date: LocalDateSchema,
  stop: PassageStopSchema,
  windowStart: z.iso.datetime(),
  windowEnd: z.iso.datetime(),
  /** The published time once the round is planned and published. */
  plannedArrival: z.nullable(z.iso.datetime()),
  cutoffAt: z.iso.datetime(),
  open: z.boolean(),
  order: z.nullable(PassageOrderSchema),
});

/** The relay's overview: every household that delegated to it, with its coming passages. */
export const RelayHouseholdSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  city: z.string(),
  covers: z.array(z.enum(DELEGATION_SCOPES)),
  grantedAt: z.iso.datetime(),
  passages: z.array(RelayPassageSchema),
});
export type RelayHousehold = z.infer<typeof RelayHouseholdSchema>;

export const CALL_REASONS = ["relay_order_beyond_limit"] as const;

/** Someone the coordination should call about a household. */
export const CallRequestSchema = z.object({
  id: z.uuid(),
  householdId: z.uuid(),
  householdName: z.string(),
  passageDate: z.nullable(LocalDateSchema),
  reason: z.enum(CALL_REASONS),
  requestedBy: z.object({ displayName: z.string(), phone: z.nullable(z.string()), organisationName: z.nullable(z.string()) }),
  createdAt: z.iso.datetime(),
});
export const CallDoneSchema = z.strictObject({ outcome: z.string().check(z.trim(), z.minLength(3, "say what was done"), z.maxLength(500)) });
