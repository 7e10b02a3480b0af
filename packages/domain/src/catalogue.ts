import * as z from "zod/mini";
import { LocalDateSchema } from "./common.js";
import { COMPARTMENTS, STOP_KINDS } from "./vocabulary.js";

const PRODUCT_KINDS = ["grocery", "bakery", "producer"] as const;
/** Quality labels a producer's product may carry: organic (AB), Nature & Progrès, AOP, Label Rouge, Haute Valeur Environnementale. */
export const PRODUCT_LABELS = ["bio", "nature_progres", "aop", "label_rouge", "hve"] as const;
export type ProductLabel = (typeof PRODUCT_LABELS)[number];
const Labels = z.array(z.enum(PRODUCT_LABELS)).check(z.maxLength(PRODUCT_LABELS.length), z.refine((l) => new Set(l).size === l.length, { message: "each label appears once" }));
const Cents = z.number().check(z.int(), z.gte(0), z.lte(1_000_000));

/** A product an organisation makes or sells; its reference price is the normal shop price. */
export const ProductInputSchema = z.strictObject({
  organisationId: z.uuid(),
  sku: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  shelf: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  unit: z.string().check(z.trim(), z.minLength(1), z.maxLength(30)),
  kind: z.enum(PRODUCT_KINDS),
  compartment: z.enum(COMPARTMENTS),
  sizePer100: z._default(z.number().check(z.int(), z.gte(1), z.lte(100_000)), 100),
  referencePriceCents: Cents,
  shelfLifeDays: z.optional(z.number().check(z.int(), z.gte(1), z.lte(3650))),
  labels: z.optional(Labels),
});

export const ProductPatchSchema = z.partial(z.extend(z.omit(ProductInputSchema, { organisationId: true }), { active: z.boolean() })).check(z.refine((p) => Object.keys(p).length > 0, { message: "send at least one field to change" }));

export const ProductSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  sku: z.string(),
  name: z.string(),
  shelf: z.string(),
  unit: z.string(),
  kind: z.enum(PRODUCT_KINDS),
  compartment: z.enum(COMPARTMENTS),
  sizePer100: z.number().check(z.int()),
  referencePriceCents: z.number().check(z.int()),
  shelfLifeDays: z.nullable(z.number().check(z.int())),
  labels: z.array(z.enum(PRODUCT_LABELS)),
  active: z.boolean(),
});
export type Product = z.infer<typeof ProductSchema>;

export const CatalogueListQuerySchema = z.strictObject({
  organisationId: z.optional(z.uuid()),
  active: z.optional(z.enum(["true", "false"])),
});

/**
 * An organisation offers a product (its own, or another's: bread on the grocery truck).
 * `socialPricing` defaults to true for grocery products and false for bakery and producer ones.
 */
export const OfferInputSchema = z.strictObject({
  organisationId: z.uuid(),
  productId: z.uuid(),
  socialPricing: z.optional(z.boolean()),
});

export const OfferPatchSchema = z.partial(z.strictObject({ socialPricing: z.boolean(), active: z.boolean() })).check(z.refine((p) => Object.keys(p).length > 0, { message: "send at least one field to change" }));

export const OfferSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  productId: z.uuid(),
  productName: z.string(),
  shelf: z.string(),
  unit: z.string(),
  referencePriceCents: z.number().check(z.int()),
  socialPricing: z.boolean(),
  active: z.boolean(),
});
export type Offer = z.infer<typeof OfferSchema>;

/**
 * How many units of an offer one round (template) carries on one date; `templateId: null` is the
 * stock of the organisation's one-off passages of that date (passages without a round).
 */
export const OfferStockInputSchema = z.strictObject({
  templateId: z.nullable(z.uuid()),
  date: LocalDateSchema,
  quantity: z.number().check(z.int(), z.gte(0), z.lte(100_000)),
});

/** Stock of several offers, rounds and dates in one call: all set, or none (each entry checked like a single one). */
export const OfferStockBatchSchema = z.strictObject({
  organisationId: z.uuid(),
  entries: z.array(z.extend(OfferStockInputSchema, { offerId: z.uuid() })).check(z.minLength(1), z.maxLength(5000), z.refine((e) => new Set(e.map((x) => `${x.offerId} ${x.templateId ?? ""} ${x.date}`)).size === e.length, {
      message: "each offer, round and date appears once",
    })),
});

export const OfferStockSchema = z.object({
  offerId: z.uuid(),
  templateId: z.nullable(z.uuid()),
  date: LocalDateSchema,
  quantity: z.number().check(z.int()),
  reserved: z.number().check(z.int()),
});

export const PassageStopSchema = z.object({ id: z.uuid(), kind: z.enum(STOP_KINDS), name: z.string(), city: z.string() });

export const HouseholdPassagesQuerySchema = z.strictObject({
  householdId: z.uuid(),
  from: z.optional(LocalDateSchema),
  to: z.optional(LocalDateSchema),
});

/** A passage a household can order for: open until `cutoffAt` (exclusive). */
/** A line of an order the producer did not deliver in full: what was ordered and what is missing (not charged). */
export const ShortLineSchema = z.object({ productName: z.string(), unit: z.string(), ordered: z.number().check(z.int()), missing: z.number().check(z.int()) });
export type ShortLine = z.infer<typeof ShortLineSchema>;

/** An order as a passage lists it: its state, what it costs, and what fell short at the producer's. */
export const PassageOrderSchema = z.object({ id: z.uuid(), status: z.string(), totalCents: z.number().check(z.int()), shortLines: z._default(z.array(ShortLineSchema), []) });

/** A bakery closed on a passage's weekday (1 Monday … 7 Sunday): its bread cannot be ordered for that passage. */
export const ClosedBakerySchema = z.object({ name: z.string(), weekday: z.number().check(z.int(), z.gte(1), z.lte(7)) });

export const HouseholdPassageSchema = z.object({
  id: z.uuid(),
  date: LocalDateSchema,
  stop: PassageStopSchema,
  windowStart: z.iso.datetime(),
  windowEnd: z.iso.datetime(),
  cutoffAt: z.iso.datetime(),
  open: z.boolean(),
  order: z.nullable(PassageOrderSchema),
  /** Bakeries whose bread the organisation offers, closed on the passage's weekday. */
  closedBakeries: z._default(z.array(ClosedBakerySchema), []),
});

export const CatalogueQuerySchema = z.strictObject({ householdId: z.uuid() });

/**
 * Where a producer's product comes from: the producer, its farm's commune, the distance from the
 * farm to the grocery's warehouse (by road, or as the crow flies when no road router answered), its
 * labels, and whether it is a short circuit (at most one intermediary: the producer supplies the
 * organisation selling it directly).
 */
export const ProvenanceSchema = z.object({
  producerName: z.string(),
  farmName: z.string(),
  commune: z.nullable(z.string()),
  distanceKm: z.nullable(z.number().check(z.int())),
  distanceKind: z.nullable(z.enum(["road", "straight_line"])),
  labels: z.array(z.enum(PRODUCT_LABELS)),
  shortCircuit: z.boolean(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** What one household pays: the resident only ever sees `unitPriceCents`. */
export const CatalogueItemSchema = z.object({
  offerId: z.uuid(),
  productId: z.uuid(),
  name: z.string(),
  unit: z.string(),
  compartment: z.enum(COMPARTMENTS),
  unitPriceCents: z.number().check(z.int()),
  /** Units left for this passage's round. */
  available: z.number().check(z.int()),
  /** A producer's product: where it comes from. */
  provenance: z.nullable(ProvenanceSchema),
  /** Bread from a bakery closed on the passage's weekday (see `closedBakeries`): listed, not orderable (`available` 0). */
  bakeryClosed: z._default(z.boolean(), false),
  /** Coordinators only: how the price was made. */
  staff: z.optional(z.object({ referencePriceCents: z.number().check(z.int()), socialPrice: z.boolean() })),
});

export const CatalogueSchema = z.object({
  householdId: z.uuid(),
  passage: z.omit(HouseholdPassageSchema, { order: true, closedBakeries: true }),
  /** Monthly credit left in the passage's month, or null when no cap applies. */
  creditLeftCents: z.nullable(z.number().check(z.int())),
  shelves: z.array(z.object({ shelf: z.string(), items: z.array(CatalogueItemSchema) })),
  /** Bakeries whose bread the round offers, closed on the passage's weekday (1 Monday … 7 Sunday): their bread cannot be ordered for it. */
  closedBakeries: z._default(z.array(ClosedBakerySchema), []),
  /** The products the household usually takes (from its recent orders), most often first: shown first. */
  usualProductIds: z._default(z.array(z.uuid()), []),
  /** The household's latest order at another passage, which "same as last time" repeats; null when it never ordered. */
  lastOrder: z._default(z.nullable(z.object({ date: LocalDateSchema, lineCount: z.number().check(z.int()) })), null),
  /** Coordinators only. */
  staff: z.optional(z.object({ eligibilityState: z.string(), participationRatePercent: z.nullable(z.number().check(z.int())), monthlyCapCents: z.nullable(z.number().check(z.int())) })),
});
export type Catalogue = z.infer<typeof CatalogueSchema>;

/** For referrers and coordinators: eligibilities ending within 30 days, or ended and not renewed. */
export const EligibilityReminderSchema = z.object({
  eligibilityId: z.uuid(),
  householdId: z.uuid(),
  householdName: z.string(),
  organisationId: z.uuid(),
  validTo: LocalDateSchema,
  state: z.enum(["ending", "expired"]),
  /** Days from today to validTo: negative once expired. */
  daysLeft: z.number().check(z.int()),
});
