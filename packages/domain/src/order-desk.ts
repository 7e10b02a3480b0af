/**
 * The coordinator's order desk: who has not ordered yet for a passage (to call them), and a
 * household's history (orders, passages attended or missed, payments, what is still owed).
 */
import * as z from "zod/mini";
import { PassageStopSchema, ShortLineSchema } from "./catalogue.js";
import { LocalDateSchema } from "./common.js";
import { ORDER_CHANNELS } from "./orders.js";
import { ORDER_STATUSES } from "./vocabulary.js";

/** Why a household is expected at a passage: it usually comes to this halt, or this is its door. */
export const EXPECTED_BECAUSE = ["usual_halt", "home_drop"] as const;

export const NonOrdererSchema = z.object({
  householdId: z.uuid(),
  name: z.string(),
  phone: z.nullable(z.string()),
  contactChannel: z.string(),
  expectedBecause: z.enum(EXPECTED_BECAUSE),
  /** The household's latest order (what "same as last time" would repeat), or null if it never ordered. */
  lastOrder: z.nullable(z.object({ orderId: z.uuid(), date: LocalDateSchema, lineCount: z.number().check(z.int()), totalCents: z.number().check(z.int()) })),
});
export type NonOrderer = z.infer<typeof NonOrdererSchema>;

export const NonOrderersSchema = z.object({
  passage: z.object({
    id: z.uuid(), date: LocalDateSchema, stop: PassageStopSchema, windowStart: z.iso.datetime(), windowEnd: z.iso.datetime(), cutoffAt: z.iso.datetime(),
    /** Before the cutoff; after it a coordinator may still take an order, with a reason. */
    open: z.boolean(),
    /** Its round has started or is over (or its day is past): no order can be taken any more. */
    roundLeft: z.boolean(),
  }),
  expected: z.number().check(z.int()),
  ordered: z.number().check(z.int()),
  households: z.array(NonOrdererSchema),
});
export type NonOrderers = z.infer<typeof NonOrderersSchema>;

export const HOUSEHOLD_VISITS = ["upcoming", "attended", "partly", "missed", "cancelled"] as const;

export const HouseholdHistoryOrderSchema = z.object({
  orderId: z.uuid(),
  passageId: z.uuid(),
  date: LocalDateSchema,
  stop: PassageStopSchema,
  status: z.enum(ORDER_STATUSES),
  channel: z.enum(ORDER_CHANNELS),
  /** upcoming: not handed over yet; attended / partly: handed over (in full / short of something); missed: nobody there. */
  visit: z.enum(HOUSEHOLD_VISITS),
  lineCount: z.number().check(z.int()),
  totalCents: z.number().check(z.int()),
  /** What the household owes for what it received (0 while upcoming, missed or cancelled). */
  dueCents: z.number().check(z.int()),
  paidCents: z.number().check(z.int()),
  lateReason: z.nullable(z.string()),
  /** What the producer did not deliver of it: not handed over, not charged. */
  shortLines: z._default(z.array(ShortLineSchema), []),
});

export const HouseholdPaymentSchema = z.object({
  date: LocalDateSchema,
  method: z.enum(["cash", "card", "voucher", "credit"]),
  amountCents: z.number().check(z.int()),
});

export const HouseholdHistorySchema = z.object({
  householdId: z.uuid(),
  orders: z.array(HouseholdHistoryOrderSchema),
  payments: z.array(HouseholdPaymentSchema),
  attended: z.number().check(z.int()),
  missed: z.number().check(z.int()),
  /** Owed minus paid over every order handed over: positive when the household still owes. */
  balanceCents: z.number().check(z.int()),
});
export type HouseholdHistory = z.infer<typeof HouseholdHistorySchema>;

/** Paper order slips: A4 or A5, always in large print. */
export const OrderSlipQuerySchema = z.strictObject({ paper: z._default(z.enum(["a4", "a5"]), "a4") });
