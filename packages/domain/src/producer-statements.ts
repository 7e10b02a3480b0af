/**
 * What a grocery received from its producers and owes them: the receipts the rounds' drivers
 * counted at the farms (with the households whose goods fell short, for the grocery only), and the
 * monthly statement both sides read — received quantities at the prices agreed at the cutoff, and
 * the AMAP baskets the producer supplied on the grocery's rounds.
 */
import { z } from "zod";
import { LocalDateSchema } from "./common.js";
import { LedgerMonthSchema } from "./ledger.js";

/** A month's receipts or statements; `producerId` picks one producer (for a person in several farms, or a coordinator). */
export const SupplyMonthQuerySchema = z.strictObject({
  month: LedgerMonthSchema.optional(),
  producerId: z.uuid().optional(),
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
  expected: z.number().int(),
  received: z.number().int(),
  /** Why less came, as the driver wrote it. */
  note: z.string().nullable(),
  /** Who corrected a miscount, and when; null while the count is the driver's. */
  correctedBy: z.string().nullable().default(null),
  correctedAt: z.iso.datetime().nullable().default(null),
});

/** A coordinator's correction of a miscount: what really came, and why less came if it did. */
export const ReceiptCorrectionSchema = z.strictObject({
  received: z.number().int().min(0).max(100_000),
  note: z.string().trim().max(300).nullable().optional(),
});
export type ReceiptCorrection = z.infer<typeof ReceiptCorrectionSchema>;

/** A household whose order of a product that fell short cannot be (or was not) handed over in full. */
export const ShortOrderSchema = z.object({
  orderId: z.uuid(),
  householdId: z.uuid(),
  householdName: z.string(),
  stopName: z.string(),
  productName: z.string(),
  ordered: z.number().int(),
  missing: z.number().int(),
  /** Whether the driver has handed the order over yet (then `missing` is what was not handed over). */
  handedOver: z.boolean(),
});

/** What one round received at one farm on one date. */
export const FarmReceiptSchema = z.object({
  date: LocalDateSchema,
  tourId: z.uuid().nullable(),
  vehicleName: z.string().nullable(),
  producerId: z.uuid(),
  producerName: z.string(),
  buyerId: z.uuid(),
  recordedAt: z.iso.datetime(),
  recordedBy: z.string().nullable(),
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
  ordered: z.number().int().nullable(),
  /** Received (goods: as counted at the farm, else as ordered); baskets carried on the rounds. */
  received: z.number().int(),
  /** False when no receipt was counted for the goods: the ordered quantity is taken as received. */
  counted: z.boolean(),
  unitPriceCents: z.number().int(),
  amountCents: z.number().int(),
  note: z.string().nullable(),
});

export const ProducerStatementSchema = z.object({
  month: LedgerMonthSchema,
  producer: z.object({ id: z.uuid(), name: z.string() }),
  buyer: z.object({ id: z.uuid(), name: z.string() }),
  lines: z.array(StatementLineSchema),
  goodsCents: z.number().int(),
  basketsCents: z.number().int(),
  totalCents: z.number().int(),
});
export const ProducerStatementsSchema = z.object({ month: LedgerMonthSchema, statements: z.array(ProducerStatementSchema) });
export type ProducerStatement = z.infer<typeof ProducerStatementSchema>;
export type ProducerStatements = z.infer<typeof ProducerStatementsSchema>;
