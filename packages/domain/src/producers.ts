import { z } from "zod";
import { LocalDateSchema } from "./common.js";
import { COMPARTMENTS } from "./vocabulary.js";

/** A producer's delivery dates from `from` (default today) for four weeks; `producerId` for a person in several farms. */
export const ProducerWeekQuerySchema = z.strictObject({
  producerId: z.uuid().optional(),
  from: LocalDateSchema.optional(),
});

export const SupplyRouteSchema = z.enum(["warehouse_drop", "farm_pickup"]);

/** One product of the producer on one delivery date: what the farm can supply and what residents ordered of it. */
export const SupplyLineSchema = z.object({
  offerId: z.uuid(),
  productId: z.uuid(),
  name: z.string(),
  unit: z.string(),
  compartment: z.enum(COMPARTMENTS),
  /** What the producer declared it can supply; null: nothing declared, so not offered that date. */
  declared: z.number().int().nullable(),
  /** Ordered so far by residents on every round of the date (final once orders are closed). */
  ordered: z.number().int(),
  /** The price agreed with the grocery, per unit. */
  producerPriceCents: z.number().int().nullable(),
});

/** One delivery date of one buyer the producer supplies. */
export const SupplyDateSchema = z.object({
  buyerId: z.uuid(),
  buyerName: z.string(),
  date: LocalDateSchema,
  /** When the last orders of the date close: from then on the purchase order is final. */
  cutoffAt: z.iso.datetime(),
  closed: z.boolean(),
  /** The rounds of the date, by name, and how many stops each serves. */
  rounds: z.array(z.object({ name: z.string(), stops: z.number().int() })),
  route: SupplyRouteSchema,
  /** For a drop at the warehouse: where, and by what time ("07:30") on the date. */
  drop: z.object({ siteName: z.string(), addressLine: z.string(), byTime: z.string() }).nullable(),
  /** For a pickup at the farm: when the published rounds call there (earliest first), with the vehicle. */
  collections: z.array(z.object({ at: z.iso.datetime(), vehicle: z.string().nullable() })),
  /** The purchase order as sent by e-mail once orders closed: when, and to which address. */
  sent: z.array(z.object({ at: z.iso.datetime(), to: z.string() })),
  lines: z.array(SupplyLineSchema),
  /** Sum of ordered × agreed price. */
  orderedValueCents: z.number().int(),
});

export const ProducerWeekSchema = z.object({
  producer: z.object({ id: z.uuid(), name: z.string() }),
  dates: z.array(SupplyDateSchema),
});
export type ProducerWeek = z.infer<typeof ProducerWeekSchema>;
export type SupplyDate = z.infer<typeof SupplyDateSchema>;

/** What the farm can supply on one delivery date: every line set, or none. */
export const SupplyInputSchema = z.strictObject({
  buyerId: z.uuid(),
  date: LocalDateSchema,
  lines: z
    .array(z.strictObject({ offerId: z.uuid(), quantity: z.number().int().min(0).max(100_000) }))
    .min(1)
    .max(200)
    .refine((l) => new Set(l.map((x) => x.offerId)).size === l.length, { message: "each offer appears once" }),
});

/** The purchase order (bon de commande) of one producer, buyer and delivery date. */
export const PurchaseOrderQuerySchema = z.strictObject({
  producerId: z.uuid(),
  buyerId: z.uuid(),
  date: LocalDateSchema,
});
