/**
 * What a grocery received from its producers and owes them: the receipts the rounds' drivers
 * counted at the farms (with the households whose goods fell short, for the grocery only), and the
 * monthly statement both sides read — received quantities at the prices agreed at the cutoff, and
 * the AMAP baskets the producer supplied on the grocery's rounds.
 */
import * as z from "zod/mini";
import { LocalDateSchema } from "./common.js";
import { LedgerMonthSchema } from "./ledger.js";

/** A month's receipts or statements; `producerId` picks one producer (for a person in several farms, or a coordinator). */
export const SupplyMonthQuerySchema = z.strictObject({
  month: z.optional(LedgerMonthSchema),
  producerId: z.optional(z.uuid()),
});

/** One statement as a CSV file. */
export const SupplyStatementCsvQuerySchema = z.strictObject({
  month: LedgerMonthSchema,
  producerId: z.uuid(),
  buyerId: z.uuid(),
});

/** The delivery note (bon de livraison) of one producer, buyer and delivery date. */
export const DeliveryNoteQuerySchema = z.strictObject({
  producerId: z.uuid(),
  buyerId: z.uuid(),
  date: LocalDateSchema,
});

export const ReceiptLineSchema = z.object({
  /** The count, for a coordinator to correct it. */
  id: z.uuid(),
  productName: z.string(),
  unit: z.string(),
  /** What the round was to load at the farm. */
  expected: z.number().check(z.int()),
  received: z.number().check(z.int()),
  /** Why less came, as the driver wrote it. */
  note: z.nullable(z.string()),
  /** Who corrected a miscount, and when; null while the count is the driver's. */
  correctedBy: z._default(z.nullable(z.string()), null),
  correctedAt: z._default(z.nullable(z.iso.datetime()), null),
});

/** A coordinator's correction of a miscount: what really came, and why less came if it did. */
export const ReceiptCorrectionSchema = z.strictObject({
  received: z.number().check(z.int(), z.gte(0), z.lte(100_000)),
  note: z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(300)))),
});
export type ReceiptCorrection = z.infer<typeof ReceiptCorrectionSchema>;

/** A household whose order of a product that fell short cannot be (or was not) handed over in full. */
export const ShortOrderSchema = z.object({
  orderId: z.uuid(),
  householdId: z.uuid(),
  householdName: z.string(),
  stopName: z.string(),
  productName: z.string(),
  ordered: z.number().check(z.int()),
  missing: z.number().check(z.int()),
  /** Whether the driver has handed the order over yet (then `missing` is what was not handed over). */
  handedOver: z.boolean(),
});

/** What one round received at one farm on one date. */
export const FarmReceiptSchema = z.object({
  date: LocalDateSchema,
  tourId: z.nullable(z.uuid()),
  vehicleName: z.nullable(z.string()),
  producerId: z.uuid(),
  producerName: z.string(),
  buyerId: z.uuid(),
  recordedAt: z.iso.datetime(),
  recordedBy: z.nullable(z.string()),
  lines: z.array(ReceiptLineSchema),
  shortOrders: z.array(ShortOrderSchema),
});
export const FarmReceiptsSchema = z.object({ month: LedgerMonthSchema, receipts: z.array(FarmReceiptSchema) });
export type FarmReceipt = z.infer<typeof FarmReceiptSchema>;
export type FarmReceipts = z.infer<typeof FarmReceiptsSchema>;

export const StatementLineSchema = z.object({
  date: LocalDateSchema,
  /** Goods of the purchase order, or AMAP baskets of a contract. */
  kind: z.enum(["goods", "basket"]),
  name: z.string(),
  unit: z.string(),
  /** Ordered on the purchase order (goods); null for baskets. */
  ordered: z.nullable(z.number().check(z.int())),
  /** Received (goods: as counted at the farm, else as ordered); baskets carried on the rounds. */
  received: z.number().check(z.int()),
  /** False when no receipt was counted for the goods: the ordered quantity is taken as received. */
  counted: z.boolean(),
  unitPriceCents: z.number().check(z.int()),
  amountCents: z.number().check(z.int()),
  note: z.nullable(z.string()),
});

export const ProducerStatementSchema = z.object({
  month: LedgerMonthSchema,
  producer: z.object({ id: z.uuid(), name: z.string() }),
  buyer: z.object({ id: z.uuid(), name: z.string() }),
  lines: z.array(StatementLineSchema),
  goodsCents: z.number().check(z.int()),
  basketsCents: z.number().check(z.int()),
  totalCents: z.number().check(z.int()),
});
export const ProducerStatementsSchema = z.object({ month: LedgerMonthSchema, statements: z.array(ProducerStatementSchema) });
export type ProducerStatement = z.infer<typeof ProducerStatementSchema>;
export type ProducerStatements = z.infer<typeof ProducerStatementsSchema>;
