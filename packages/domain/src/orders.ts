import { z } from "zod";
import { LocalDateSchema } from "./common.js";
import { PassageStopSchema } from "./catalogue.js";
import { ORDER_STATUSES } from "./vocabulary.js";

export const ORDER_CHANNELS = ["app", "phone", "relay", "paper", "driver"] as const;

export const OrderLineInputSchema = z.strictObject({
  offerId: z.uuid(),
  quantity: z.number().int().min(1).max(99),
});

const Lines = z
  .array(OrderLineInputSchema)
  .min(1)
  .max(60)
  .refine((lines) => new Set(lines.map((l) => l.offerId)).size === lines.length, { message: "each offer appears once; add up the quantities" });

/** `refuse` (default): a line short of stock refuses the order; `reduce`: lines are cut to what is left. */
const OnShortage = z.enum(["refuse", "reduce"]).default("refuse");

/** Coordinators only: how the order reached them. Residents' orders are `app`, relays' `relay`. */
const StaffChannel = z.enum(["phone", "paper"]).optional();

/** Coordinators only, after the passage's cutoff: why the order is taken anyway (kept with it). */
const LateReason = z.string().trim().min(3, "say in a few words why").max(300).optional();

export const OrderCreateSchema = z.strictObject({
  householdId: z.uuid(),
  passageId: z.uuid(),
  lines: Lines,
  channel: StaffChannel,
  lateReason: LateReason,
  onShortage: OnShortage,
});

export const OrderPatchSchema = z.strictObject({
  lines: Lines,
  /** The version the client last saw; a newer one answers 409 instead of overwriting. */
  version: z.number().int().min(1).optional(),
  channel: StaffChannel,
  lateReason: LateReason,
  onShortage: OnShortage,
});

export const OrderRepeatSchema = z.strictObject({
  householdId: z.uuid(),
  passageId: z.uuid(),
  channel: StaffChannel,
  lateReason: LateReason,
});

export const OrderListQuerySchema = z.strictObject({
  householdId: z.uuid().optional(),
  passageId: z.uuid().optional(),
  date: LocalDateSchema.optional(),
  status: z.enum(ORDER_STATUSES).optional(),
});

export const OrderLineSchema = z.object({
  offerId: z.uuid(),
  productId: z.uuid(),
  productName: z.string(),
  unit: z.string(),
  quantity: z.number().int(),
  unitPriceCents: z.number().int(),
  /** For what the household gets: the producer's shortfall is not charged. */
  lineTotalCents: z.number().int(),
  /** What the producer did not deliver of it (counted short at the farm or the warehouse): not handed over, not charged. */
  shortQuantity: z.number().int().default(0),
  /** Coordinators only. */
  staff: z.object({ referenceUnitPriceCents: z.number().int(), socialPrice: z.boolean() }).optional(),
});

export const OrderSchema = z.object({
  id: z.uuid(),
  householdId: z.uuid(),
  householdName: z.string(),
  organisationId: z.uuid(),
  passage: z.object({ id: z.uuid(), date: LocalDateSchema, stop: PassageStopSchema, windowStart: z.iso.datetime(), windowEnd: z.iso.datetime() }),
  status: z.enum(ORDER_STATUSES),
  channel: z.enum(ORDER_CHANNELS),
  enteredBy: z.object({ id: z.uuid(), displayName: z.string() }),
  cutoffAt: z.iso.datetime(),
  /** True once the cutoff has passed: the order can no longer be changed or cancelled. */
  locked: z.boolean(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  lines: z.array(OrderLineSchema),
  /** What the household pays at handover (never at order time). */
  totalCents: z.number().int(),
  /** Coordinators only; `lateReason` when a coordinator took or changed it after the cutoff. */
  staff: z.object({ referenceTotalCents: z.number().int(), capReferenceCents: z.number().int(), lateReason: z.string().nullable().optional() }).optional(),
});
export type Order = z.infer<typeof OrderSchema>;

/** A line cut because stock ran short (`onShortage: "reduce"`). */
export const StockAdjustmentSchema = z.object({ offerId: z.uuid(), productName: z.string(), requested: z.number().int(), granted: z.number().int() });

export const PlacedOrderSchema = OrderSchema.extend({
  /** Monthly credit left after this order in the passage's month, or null when no cap applies. */
  creditLeftCents: z.number().int().nullable(),
  adjustments: z.array(StockAdjustmentSchema),
});
export type PlacedOrder = z.infer<typeof PlacedOrderSchema>;

export const REPEAT_DROP_REASONS = ["no_longer_offered", "not_on_this_round", "out_of_stock", "reduced_to_stock"] as const;

export const RepeatedOrderSchema = PlacedOrderSchema.extend({
  repeatedFromOrderId: z.uuid(),
  dropped: z.array(z.object({ productName: z.string(), reason: z.enum(REPEAT_DROP_REASONS), quantity: z.number().int() })),
});

export const OrderSummaryQuerySchema = z.strictObject({
  date: LocalDateSchema,
  organisationId: z.uuid().optional(),
});

/** Per passage: orders received against the households expected there. */
export const PassageOrderSummarySchema = z.object({
  passageId: z.uuid(),
  date: LocalDateSchema,
  stop: PassageStopSchema,
  cutoffAt: z.iso.datetime(),
  expectedHouseholds: z.number().int(),
  ordersReceived: z.number().int(),
  /** Households expected there (usual halt, home drop) with no order yet: those to call. */
  notOrdered: z.number().int(),
  ordersCancelled: z.number().int(),
  totalCents: z.number().int(),
});
