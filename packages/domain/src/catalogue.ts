import { z } from "zod";
import { LocalDateSchema } from "./common.js";
import { COMPARTMENTS, STOP_KINDS } from "./vocabulary.js";

const PRODUCT_KINDS = ["grocery", "bakery", "producer"] as const;
/** Quality labels a producer's product may carry: organic (AB), Nature & Progrès, AOP, Label Rouge, Haute Valeur Environnementale. */
export const PRODUCT_LABELS = ["bio", "nature_progres", "aop", "label_rouge", "hve"] as const;
export type ProductLabel = (typeof PRODUCT_LABELS)[number];
const Labels = z.array(z.enum(PRODUCT_LABELS)).max(PRODUCT_LABELS.length).refine((l) => new Set(l).size === l.length, { message: "each label appears once" });
const Cents = z.number().int().min(0).max(1_000_000);

/** A product an organisation makes or sells; its reference price is the normal shop price. */
export const ProductInputSchema = z.strictObject({
  organisationId: z.uuid(),
  sku: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(120),
  shelf: z.string().trim().min(1).max(60),
  unit: z.string().trim().min(1).max(30),
  kind: z.enum(PRODUCT_KINDS),
  compartment: z.enum(COMPARTMENTS),
  sizePer100: z.number().int().min(1).max(100_000).default(100),
  referencePriceCents: Cents,
  shelfLifeDays: z.number().int().min(1).max(3650).optional(),
  labels: Labels.optional(),
});

export const ProductPatchSchema = ProductInputSchema.omit({ organisationId: true })
  .extend({ active: z.boolean() })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: "send at least one field to change" });

export const ProductSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  sku: z.string(),
  name: z.string(),
  shelf: z.string(),
  unit: z.string(),
  kind: z.enum(PRODUCT_KINDS),
  compartment: z.enum(COMPARTMENTS),
  sizePer100: z.number().int(),
  referencePriceCents: z.number().int(),
  shelfLifeDays: z.number().int().nullable(),
  labels: z.array(z.enum(PRODUCT_LABELS)),
  active: z.boolean(),
});
export type Product = z.infer<typeof ProductSchema>;

export const CatalogueListQuerySchema = z.strictObject({
  organisationId: z.uuid().optional(),
  active: z.enum(["true", "false"]).optional(),
});

/**
 * An organisation offers a product (its own, or another's: bread on the grocery truck).
 * `socialPricing` defaults to true for grocery products and false for bakery and producer ones.
 */
export const OfferInputSchema = z.strictObject({
  organisationId: z.uuid(),
  productId: z.uuid(),
  socialPricing: z.boolean().optional(),
});

export const OfferPatchSchema = z
  .strictObject({ socialPricing: z.boolean(), active: z.boolean() })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: "send at least one field to change" });

export const OfferSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  productId: z.uuid(),
  productName: z.string(),
  shelf: z.string(),
  unit: z.string(),
  referencePriceCents: z.number().int(),
  socialPricing: z.boolean(),
  active: z.boolean(),
});
export type Offer = z.infer<typeof OfferSchema>;

/**
 * How many units of an offer one round (template) carries on one date; `templateId: null` is the
 * stock of the organisation's one-off passages of that date (passages without a round).
 */
export const OfferStockInputSchema = z.strictObject({
  templateId: z.uuid().nullable(),
  date: LocalDateSchema,
  quantity: z.number().int().min(0).max(100_000),
});

/** Stock of several offers, rounds and dates in one call: all set, or none (each entry checked like a single one). */
export const OfferStockBatchSchema = z.strictObject({
  organisationId: z.uuid(),
  entries: z
    .array(OfferStockInputSchema.extend({ offerId: z.uuid() }))
    .min(1)
    .max(5000)
    .refine((e) => new Set(e.map((x) => `${x.offerId} ${x.templateId ?? ""} ${x.date}`)).size === e.length, {
      message: "each offer, round and date appears once",
    }),
});

export const OfferStockSchema = z.object({
  offerId: z.uuid(),
  templateId: z.uuid().nullable(),
  date: LocalDateSchema,
  quantity: z.number().int(),
  reserved: z.number().int(),
});

export const PassageStopSchema = z.object({ id: z.uuid(), kind: z.enum(STOP_KINDS), name: z.string(), city: z.string() });

export const HouseholdPassagesQuerySchema = z.strictObject({
  householdId: z.uuid(),
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
});

/** A passage a household can order for: open until `cutoffAt` (exclusive). */
/** A line of an order the producer did not deliver in full: what was ordered and what is missing (not charged). */
export const ShortLineSchema = z.object({ productName: z.string(), unit: z.string(), ordered: z.number().int(), missing: z.number().int() });
export type ShortLine = z.infer<typeof ShortLineSchema>;

/** An order as a passage lists it: its state, what it costs, and what fell short at the producer's. */
export const PassageOrderSchema = z.object({ id: z.uuid(), status: z.string(), totalCents: z.number().int(), shortLines: z.array(ShortLineSchema).default([]) });

export const HouseholdPassageSchema = z.object({
  id: z.uuid(),
  date: LocalDateSchema,
  stop: PassageStopSchema,
  windowStart: z.iso.datetime(),
  windowEnd: z.iso.datetime(),
  cutoffAt: z.iso.datetime(),
  open: z.boolean(),
  order: PassageOrderSchema.nullable(),
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
  commune: z.string().nullable(),
  distanceKm: z.number().int().nullable(),
  distanceKind: z.enum(["road", "straight_line"]).nullable(),
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
  unitPriceCents: z.number().int(),
  /** Units left for this passage's round. */
  available: z.number().int(),
  /** A producer's product: where it comes from. */
  provenance: ProvenanceSchema.nullable(),
  /** Coordinators only: how the price was made. */
  staff: z.object({ referencePriceCents: z.number().int(), socialPrice: z.boolean() }).optional(),
});

export const CatalogueSchema = z.object({
  householdId: z.uuid(),
  passage: HouseholdPassageSchema.omit({ order: true }),
  /** Monthly credit left in the passage's month, or null when no cap applies. */
  creditLeftCents: z.number().int().nullable(),
  shelves: z.array(z.object({ shelf: z.string(), items: z.array(CatalogueItemSchema) })),
  /** The products the household usually takes (from its recent orders), most often first: shown first. */
  usualProductIds: z.array(z.uuid()).default([]),
  /** The household's latest order at another passage, which "same as last time" repeats; null when it never ordered. */
  lastOrder: z.object({ date: LocalDateSchema, lineCount: z.number().int() }).nullable().default(null),
  /** Coordinators only. */
  staff: z
    .object({ eligibilityState: z.string(), participationRatePercent: z.number().int().nullable(), monthlyCapCents: z.number().int().nullable() })
    .optional(),
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
  daysLeft: z.number().int(),
});
