import * as z from "zod/mini";
import { LocalDateSchema } from "./common.js";
import { PassageStopSchema } from "./catalogue.js";
import { ORDER_STATUSES } from "./vocabulary.js";

export const ORDER_CHANNELS = ["app", "phone", "relay", "paper", "driver"] as const;

export const OrderLineInputSchema = z.strictObject({
  offerId: z.uuid(),
  quantity: z.number().check(z.int(), z.gte(1), z.lte(99)),
});

const Lines = z.array(OrderLineInputSchema).check(z.minLength(1), z.maxLength(60), z.refine((lines) => new Set(lines.map((l) => l.offerId)).size === lines.length, { message: "each offer appears once; add up the quantities" }));

/** `refuse` (default): a line short of stock refuses the order; `reduce`: lines are cut to what is left. */
const OnShortage = z._default(z.enum(["refuse", "reduce"]), "refuse");

/** Coordinators only: how the order reached them. Residents' orders are `app`, relays' `relay`. */
const StaffChannel = z.optional(z.enum(["phone", "paper"]));

/** Coordinators only, after the passage's cutoff: why the order is taken anyway (kept with it). */
const LateReason = z.optional(z.string().check(z.trim(), z.minLength(3, "say in a few words why"), z.maxLength(300)));

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
  version: z.optional(z.number().check(z.int(), z.gte(1))),
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
  householdId: z.optional(z.uuid()),
  passageId: z.optional(z.uuid()),
  date: z.optional(LocalDateSchema),
  status: z.optional(z.enum(ORDER_STATUSES)),
});

export const OrderLineSchema = z.object({
  offerId: z.uuid(),
  productId: z.uuid(),
  productName: z.string(),
  unit: z.string(),
  quantity: z.number().check(z.int()),
  unitPriceCents: z.number().check(z.int()),
  /** For what the household gets: the producer's shortfall is not charged. */
  lineTotalCents: z.number().check(z.int()),
  /** What the producer did not deliver of it (counted short at the farm or the warehouse): not handed over, not charged. */
  shortQuantity: z._default(z.number().check(z.int()), 0),
  /** Coordinators only. */
  staff: z.optional(z.object({ referenceUnitPriceCents: z.number().check(z.int()), socialPrice: z.boolean() })),
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
  version: z.number().check(z.int()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  lines: z.array(OrderLineSchema),
  /** What the household pays at handover (never at order time). */
  totalCents: z.number().check(z.int()),
  /** Coordinators only; `lateReason` when a coordinator took or changed it after the cutoff. */
  staff: z.optional(z.object({ referenceTotalCents: z.number().check(z.int()), capReferenceCents: z.number().check(z.int()), lateReason: z.optional(z.nullable(z.string())) })),
});
export type Order = z.infer<typeof OrderSchema>;

/** A line cut because stock ran short (`onShortage: "reduce"`). */
export const StockAdjustmentSchema = z.object({ offerId: z.uuid(), productName: z.string(), requested: z.number().check(z.int()), granted: z.number().check(z.int()) });

export const PlacedOrderSchema = z.extend(OrderSchema, {
  /** Monthly credit left after this order in the passage's month, or null when no cap applies. */
  creditLeftCents: z.nullable(z.number().check(z.int())),
  adjustments: z.array(StockAdjustmentSchema),
});
export type PlacedOrder = z.infer<typeof PlacedOrderSchema>;

export const REPEAT_DROP_REASONS = ["no_longer_offered", "not_on_this_round", "bakery_closed", "out_of_stock", "reduced_to_stock"] as const;

export const RepeatedOrderSchema = z.extend(PlacedOrderSchema, {
  repeatedFromOrderId: z.uuid(),
  dropped: z.array(z.object({ productName: z.string(), reason: z.enum(REPEAT_DROP_REASONS), quantity: z.number().check(z.int()) })),
});

export const OrderSummaryQuerySchema = z.strictObject({
  date: LocalDateSchema,
  organisationId: z.optional(z.uuid()),
});

/** Per passage: orders received against the households expected there. */
export const PassageOrderSummarySchema = z.object({
  passageId: z.uuid(),
  date: LocalDateSchema,
  stop: PassageStopSchema,
  cutoffAt: z.iso.datetime(),
  expectedHouseholds: z.number().check(z.int()),
  ordersReceived: z.number().check(z.int()),
  /** Households expected there (usual halt, home drop) with no order yet: those to call. */
  notOrdered: z.number().check(z.int()),
  ordersCancelled: z.number().check(z.int()),
  totalCents: z.number().check(z.int()),
});
