/**
 * What each kind of mutation carries. The device builds these payloads and the server checks
 * them with the same schemas. Every payload names the tour the device downloaded, so the server
 * can tell a change made offline from a change the coordinator made meanwhile.
 */
import * as z from "zod/mini";

const id = z.uuid();
const onPassage = { tourId: id, passageId: id };
const onOrder = { ...onPassage, orderId: id };

export const MUTATION_PAYLOADS = {
  "passage.arrived": z.strictObject(onPassage),
  "order.handed_over": z.strictObject({
    ...onOrder,
    /** Quantity handed over per order line; lines not listed were handed over in full. */
    lines: z.array(z.strictObject({ lineId: id, delivered: z.number().check(z.int(), z.gte(0), z.lte(10_000)) })).check(z.maxLength(200)),
  }),
  "order.absent": z.strictObject(onOrder),
  "payment.taken": z.strictObject({
    ...onOrder,
    method: z.enum(["cash", "card", "voucher", "credit"]),
    amountCents: z.number().check(z.int(), z.gte(0), z.lte(10_000_000)),
    /** Cash handed by the household, change given back from it. */
    tenderedCents: z.optional(z.number().check(z.int(), z.gte(0), z.lte(10_000_000))),
  }),
  "note.added": z.strictObject({ ...onPassage, householdId: z.optional(id), text: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)) }),
  "wellbeing.flagged": z.strictObject({ ...onPassage, householdId: id, reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)), note: z.optional(z.string().check(z.maxLength(2000))) }),
  "tour.closed": z.strictObject({ tourId: id }),
  /** What the round received at a farm against what it was to load there (the receiving checklist). */
  "farm.received": z.strictObject({
    tourId: id,
    /** The farm's site, as the round's pickup names it. */
    siteId: id,
    /** Counted per product of the pickup; products not listed came in full. */
    lines: z.array(z.strictObject({ productId: id, received: z.number().check(z.int(), z.gte(0), z.lte(10_000)), note: z.optional(z.string().check(z.trim(), z.maxLength(200))) })).check(z.minLength(1), z.maxLength(200)),
  }),
} as const;

export type MutationKind = keyof typeof MUTATION_PAYLOADS;
export type MutationPayload<K extends MutationKind> = z.infer<(typeof MUTATION_PAYLOADS)[K]>;
export const MUTATION_KINDS = Object.keys(MUTATION_PAYLOADS) as MutationKind[];

export function isMutationKind(kind: string): kind is MutationKind {
  return Object.hasOwn(MUTATION_PAYLOADS, kind);
}

export interface DueLine {
  unitPriceCents: number;
  quantity: number;
  /** Handed over; null or undefined: the whole quantity. */
  delivered?: number | null;
}

/** What the household owes for what was actually handed over, from the priced order lines. */
export function amountDue(lines: readonly DueLine[]): number {
  let total = 0;
  for (const line of lines) {
    const qty = line.delivered ?? line.quantity;
    if (!Number.isSafeInteger(qty) || qty < 0 || qty > line.quantity) throw new RangeError(`handed-over quantity ${qty} must be between 0 and ${line.quantity}`);
    total += line.unitPriceCents * qty;
  }
  if (!Number.isSafeInteger(total)) throw new RangeError("amount due is too large");
  return total;
}
