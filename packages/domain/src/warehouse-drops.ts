/**
 * The receiving checklist at the warehouse: on a delivery date, what each producer who brings its
 * goods to the grocery's warehouse (`warehouse_drop`) is expected to bring, by when, what came, and
 * who is late. What is counted short is shared out to the households like a shortfall at a farm.
 */
import * as z from "zod/mini";
import { LocalDateSchema } from "./common.js";
import { ShortOrderSchema } from "./producer-statements.js";

/** A date's checklist; without a date, the next delivery date from today (or the last one). */
export const DropChecklistQuerySchema = z.strictObject({ date: z.optional(LocalDateSchema) });

export const DropLineSchema = z.object({
  offerId: z.uuid(),
  productName: z.string(),
  unit: z.string(),
  /** On the date's purchase order. */
  expected: z.number().check(z.int()),
  /** As counted at the warehouse; null until the drop is received. */
  received: z.nullable(z.number().check(z.int())),
  note: z.nullable(z.string()),
  /** The count, for a coordinator to correct it later (null until received). */
  receiptId: z.nullable(z.uuid()),
});

export const DropSchema = z.object({
  producerId: z.uuid(),
  producerName: z.string(),
  siteName: z.string(),
  /** When the goods are due at the warehouse. */
  dueAt: z.iso.datetime(),
  /** expected: not here yet, still in time; late: past the time and not received; received: counted. */
  status: z.enum(["expected", "late", "received"]),
  receivedAt: z.nullable(z.iso.datetime()),
  receivedBy: z.nullable(z.string()),
  lines: z.array(DropLineSchema),
  shortOrders: z.array(ShortOrderSchema),
});

export const DropChecklistSchema = z.object({
  date: LocalDateSchema,
  /** Delivery dates with drops, around today, to move between them. */
  dates: z.array(LocalDateSchema),
  drops: z.array(DropSchema),
});
export type Drop = z.infer<typeof DropSchema>;
export type DropChecklist = z.infer<typeof DropChecklistSchema>;

/** What came of a producer's drop: each product counted (one left out came as expected), and why less came. */
export const DropReceiptInputSchema = z.strictObject({
  date: LocalDateSchema,
  producerId: z.uuid(),
  lines: z.array(z.strictObject({
      offerId: z.uuid(),
      received: z.number().check(z.int(), z.gte(0), z.lte(100_000)),
      note: z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(300)))),
    })).check(z.maxLength(200)),
});
export type DropReceiptInput = z.infer<typeof DropReceiptInputSchema>;
