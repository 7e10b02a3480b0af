/**
 * Pooled rounds: a partnership between two organisations, where the carrier's rounds carry the
 * partner's deliveries on agreed weekdays, and the round's cost is shared by an agreed key.
 * Each side sees of the other's households only what delivering needs.
 */
import * as z from "zod/mini";
import { IdSchema, LocalDateSchema } from "./common.js";

export const PARTNERSHIP_STATUSES = ["proposed", "active", "declined", "ended"] as const;
export const PARTNERSHIP_SIDES = ["carrier", "partner"] as const;
export const COST_SHARE_KEYS = ["stops", "volume", "orders"] as const;
export type CostShareKey = (typeof COST_SHARE_KEYS)[number];
export type PartnershipSide = (typeof PARTNERSHIP_SIDES)[number];

const Weekday = z.number().check(z.int(), z.gte(1, "1 = Monday"), z.lte(7, "7 = Sunday"));
const Words = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min, `at least ${min} characters`), z.maxLength(max));

export const PartnershipCreateSchema = z.strictObject({
    /** The other organisation. */
    organisationId: IdSchema,
    /** The side of the organisation the caller's console shows: it carries, or it is carried. */
    side: z.enum(PARTNERSHIP_SIDES),
    /** The carrier's weekly round; only the carrier names it (the partner does not see its rounds). */
    templateId: z.optional(IdSchema),
    weekdays: z.array(Weekday).check(z.minLength(1, "choose at least one day"), z.maxLength(7)),
    validFrom: LocalDateSchema,
    validTo: z.optional(LocalDateSchema),
    costKey: z.enum(COST_SHARE_KEYS),
    note: z.optional(Words(3, 300)),
  }).check(z.refine((p) => new Set(p.weekdays).size === p.weekdays.length, { path: ["weekdays"], message: "each day once" }), z.refine((p) => !p.validTo || p.validTo >= p.validFrom, { path: ["validTo"], message: "the last day comes on or after the first" }), z.refine((p) => !p.templateId || p.side === "carrier", { path: ["templateId"], message: "only the carrier names its round" }));
export type PartnershipCreate = z.infer<typeof PartnershipCreateSchema>;

export const PartnershipEndSchema = z.strictObject({ reason: Words(3, 300) });

export const PartnershipSchema = z.object({
  id: IdSchema,
  carrier: z.object({ id: IdSchema, name: z.string() }),
  partner: z.object({ id: IdSchema, name: z.string() }),
  /** The side of the organisation the caller's console shows. */
  ourSide: z.enum(PARTNERSHIP_SIDES),
  /** The carrier's round, named to both sides (its name only). */
  roundName: z.nullable(z.string()),
  weekdays: z.array(z.number().check(z.int())),
  validFrom: LocalDateSchema,
  validTo: z.nullable(LocalDateSchema),
  costKey: z.enum(COST_SHARE_KEYS),
  note: z.nullable(z.string()),
  status: z.enum(PARTNERSHIP_STATUSES),
  proposedBy: z.enum(PARTNERSHIP_SIDES),
  createdAt: z.iso.datetime(),
  decidedAt: z.nullable(z.iso.datetime()),
  endedAt: z.nullable(z.iso.datetime()),
  endedBy: z.nullable(z.enum(PARTNERSHIP_SIDES)),
  endReason: z.nullable(z.string()),
});
export type Partnership = z.infer<typeof PartnershipSchema>;

export const PartnershipsOverviewSchema = z.object({
  partnerships: z.array(PartnershipSchema),
  /** Organisations a partnership may be proposed to. */
  organisations: z.array(z.object({ id: IdSchema, name: z.string(), /** It has rounds that can carry others' deliveries. */ delivers: z.boolean() })),
  /** The console organisation's own weekly rounds, to name when it carries. */
  rounds: z.array(z.object({ id: IdSchema, name: z.string(), weekday: z.number().check(z.int()) })),
});
export type PartnershipsOverview = z.infer<typeof PartnershipsOverviewSchema>;

export const PooledDeliveriesQuerySchema = z.strictObject({ from: z.optional(LocalDateSchema), to: z.optional(LocalDateSchema) });

/** Where and when a carrier's passage serves a partner's household. */
const CarriedPassageFields = {
  date: LocalDateSchema,
  stopName: z.string(),
  city: z.string(),
  homeDrop: z.boolean(),
  /** The time told (published), else the planned one, else null: the window applies. */
  time: z.nullable(z.iso.datetime()),
  windowStart: z.iso.datetime(),
  windowEnd: z.iso.datetime(),
};

/**
 * One of the partner's deliveries on a carrier's round. To the carrier it is what delivering
 * needs (name, where, what to hand over, the amount to collect); to the partner also how it went.
 */
export const PooledDeliverySchema = z.object({
  orderId: IdSchema,
  ...CarriedPassageFields,
  householdName: z.string(),
  /** Home drops only, as on the driver's phone. */
  accessNotes: z.nullable(z.string()),
  lines: z.array(z.object({ productName: z.string(), unit: z.string(), quantity: z.number().check(z.int()), deliveredQuantity: z.nullable(z.number().check(z.int())) })),
  status: z.string(),
  /** Placed after its day's rounds were published, and on none of them yet: the carrier plans the day again. */
  awaitsReplanning: z.boolean(),
  outcome: z.nullable(z.enum(["delivered", "partial", "absent", "refused"])),
  handedOverAt: z.nullable(z.iso.datetime()),
  dueCents: z.number().check(z.int()),
  collectedCents: z.number().check(z.int()),
  /** What the driver's sync flagged about it, in the server's words. */
  conflicts: z.array(z.object({ rule: z.string(), detail: z.string(), resolved: z.boolean() })),
});
export type PooledDelivery = z.infer<typeof PooledDeliverySchema>;

export const PooledDeliveriesSchema = z.object({
  partnershipId: IdSchema,
  ourSide: z.enum(PARTNERSHIP_SIDES),
  from: LocalDateSchema,
  to: LocalDateSchema,
  deliveries: z.array(PooledDeliverySchema),
  /** Money the carrier's drivers collected for the partner over the period, per payment method. */
  collected: z.object({ cash: z.number().check(z.int()), card: z.number().check(z.int()), voucher: z.number().check(z.int()), credit: z.number().check(z.int()) }),
});
export type PooledDeliveries = z.infer<typeof PooledDeliveriesSchema>;

/**
 * The partner places (or replaces) one of its households' deliveries on a passage of the carrier's
 * round. For a household served at home (`needs_home_drop`), the passage names the day and round:
 * the parcel goes to its door on that round.
 */
export const PooledDeliveryCreateSchema = z.strictObject({
  householdId: IdSchema,
  passageId: IdSchema,
  lines: z.array(z.strictObject({ offerId: IdSchema, quantity: z.number().check(z.int(), z.gte(1), z.lte(99)) })).check(z.minLength(1, "at least one product"), z.maxLength(20), z.refine((lines) => new Set(lines.map((l) => l.offerId)).size === lines.length, { message: "each product once; add up the quantities" })),
});
export type PooledDeliveryCreate = z.infer<typeof PooledDeliveryCreateSchema>;

/** `homeDrop`: the parcel goes to the household's door on the round of that day. */
export const PooledDeliveryPlacedSchema = z.object({
  orderId: IdSchema, totalCents: z.number().check(z.int()), replaced: z.boolean(), homeDrop: z.boolean(),
  /** The day's rounds were already published and none carries this door yet: the carrier's coordinators are told to plan the day again. */
  awaitsReplanning: z.boolean(),
});

/** What the partner's coordinator needs to place deliveries: the carrier's coming passages it covers, its households and products. */
export const PooledDeskSchema = z.object({
  /** `round`: the carrier's weekly round it belongs to ("Tournée Nord"); null for a one-off passage. */
  passages: z.array(z.object({
    id: IdSchema, date: LocalDateSchema, stopName: z.string(), city: z.string(), round: z.nullable(z.string()), windowStart: z.iso.datetime(), windowEnd: z.iso.datetime(), cutoffAt: z.iso.datetime(),
  })),
  /** `homeDrop`: served at its door on the round of the day chosen, not at a halt. */
  households: z.array(z.object({ id: IdSchema, name: z.string(), city: z.string(), homeDrop: z.boolean() })),
  offers: z.array(z.object({ id: IdSchema, productName: z.string(), unit: z.string(), referencePriceCents: z.number().check(z.int()) })),
});
export type PooledDesk = z.infer<typeof PooledDeskSchema>;

const Month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month 'YYYY-MM'"));
export const PooledStatementQuerySchema = z.strictObject({ month: z.optional(Month) });
export const PooledStatementParamsSchema = z.strictObject({ id: IdSchema, month: Month });

/**
 * A month of a shared round's cost: each round of the carrier that carried the partner, its km
 * and hours as planned at the rates of the carrier's vehicle, and the partner's share by the key.
 */
export const PooledStatementSchema = z.object({
  partnershipId: IdSchema,
  month: z.string(),
  ourSide: z.enum(PARTNERSHIP_SIDES),
  costKey: z.enum(COST_SHARE_KEYS),
  rounds: z.array(
    z.object({
      date: LocalDateSchema,
      vehicleName: z.nullable(z.string()),
      distanceM: z.number().check(z.int()),
      durationS: z.number().check(z.int()),
      perKmCents: z.number().check(z.int()),
      perHourCents: z.number().check(z.int()),
      costCents: z.number().check(z.int()),
      /** The partner's part of the key (its stops, orders or volume) and the round's whole. */
      partnerBasis: z.number(),
      totalBasis: z.number(),
      partnerShareCents: z.number().check(z.int()),
    }),
  ),
  totalCostCents: z.number().check(z.int()),
  partnerShareCents: z.number().check(z.int()),
  /** The share as a claim in the partners' mutual-credit ledger, once the carrier posted it. */
  ledger: z.nullable(z.object({ claimId: z.nullable(IdSchema), status: z.nullable(z.string()), amount: z.number().check(z.int()), unitName: z.string(), unitPlural: z.string(), canPost: z.boolean() })),
});
export type PooledStatement = z.infer<typeof PooledStatementSchema>;

/**
 * A partner household's coming passage on a carrier's round, as its page shows it: where, when
 * (the time told, else planned, else the window), the round and the carrier, and its parcel there.
 */
export const SharedPassageSchema = z.object({
  passageId: IdSchema,
  partnershipId: IdSchema,
  ...CarriedPassageFields,
  round: z.nullable(z.string()),
  carrier: z.string(),
  /** Its parcel on this passage; null at its usual halt while none is placed. */
  parcel: z.nullable(z.object({ totalCents: z.number().check(z.int()), lines: z.array(z.object({ productName: z.string(), unit: z.string(), quantity: z.number().check(z.int()) })) })),
});
export type SharedPassage = z.infer<typeof SharedPassageSchema>;
