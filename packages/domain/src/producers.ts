import * as z from "zod/mini";
import { LocalDateSchema } from "./common.js";
import { COMPARTMENTS } from "./vocabulary.js";

/** A producer's delivery dates from `from` (default today) for four weeks; `producerId` for a person in several farms. */
export const ProducerWeekQuerySchema = z.strictObject({
  producerId: z.optional(z.uuid()),
  from: z.optional(LocalDateSchema),
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
  declared: z.nullable(z.number().check(z.int())),
  /** Ordered so far by residents on every round of the date (final once orders are closed). */
  ordered: z.number().check(z.int()),
  /** The price agreed with the grocery, per unit. */
  producerPriceCents: z.nullable(z.number().check(z.int())),
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
  rounds: z.array(z.object({ name: z.string(), stops: z.number().check(z.int()) })),
  route: SupplyRouteSchema,
  /** For a drop at the warehouse: where, and by what time ("07:30") on the date. */
  drop: z.nullable(z.object({ siteName: z.string(), addressLine: z.string(), byTime: z.string() })),
  /** For a pickup at the farm: when the published rounds call there (earliest first), with the vehicle. */
  collections: z.array(z.object({ at: z.iso.datetime(), vehicle: z.nullable(z.string()) })),
  /** The purchase order as sent by e-mail once orders closed: when, and to which address. */
  sent: z.array(z.object({ at: z.iso.datetime(), to: z.string() })),
  lines: z.array(SupplyLineSchema),
  /** Sum of ordered × agreed price. */
  orderedValueCents: z.number().check(z.int()),
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
  lines: z.array(z.strictObject({ offerId: z.uuid(), quantity: z.number().check(z.int(), z.gte(0), z.lte(100_000)) })).check(z.minLength(1), z.maxLength(200), z.refine((l) => new Set(l.map((x) => x.offerId)).size === l.length, { message: "each offer appears once" })),
});

/** The purchase order (bon de commande) of one producer, buyer and delivery date. */
export const PurchaseOrderQuerySchema = z.strictObject({
  producerId: z.uuid(),
  buyerId: z.uuid(),
  date: LocalDateSchema,
});
