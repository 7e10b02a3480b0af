import { PAYMENT_METHODS, type PaymentMethod } from "../vocabulary.js";
import { checkCents, sumCents } from "./cents.js";

/** How a household pays at handover; 'credit' is put on the household's account, settled later. */
export { PAYMENT_METHODS, type PaymentMethod };

export type CashChange = { ok: true; changeCents: number } | { ok: false; missingCents: number };

/** Change to give back when the whole amount due is paid in cash; refused when too little is tendered. */
export function cashChange(dueCents: number, tenderedCents: number): CashChange {
  checkCents(dueCents, "amount due");
  checkCents(tenderedCents, "cash tendered");
  return tenderedCents >= dueCents
    ? { ok: true, changeCents: tenderedCents - dueCents }
    : { ok: false, missingCents: dueCents - tenderedCents };
}

export interface PaymentPart {
  method: PaymentMethod;
  /** Amount this method settles (for cash: what is kept, change already given back). */
  amountCents: number;
}

export type SplitPaymentCheck =
  | { ok: true; byMethod: Record<PaymentMethod, number> }
  | { ok: false; reason: "missing"; missingCents: number }
  | { ok: false; reason: "over"; overCents: number };

/**
 * A payment split across methods must add up exactly to the amount due; otherwise it says how
 * much is missing or how much is over. Several parts with one method add up; parts of 0 are ignored.
 * For the cash part, use `cashChange(cashPart, tendered)` to get the change to give back.
 */
export function checkSplitPayment(dueCents: number, parts: readonly PaymentPart[]): SplitPaymentCheck {
  checkCents(dueCents, "amount due");
  const byMethod: Record<PaymentMethod, number> = { cash: 0, card: 0, voucher: 0, credit: 0 };
  for (const { method, amountCents } of parts) {
    if (!PAYMENT_METHODS.includes(method)) {
      throw new RangeError(`payment method '${method}' must be one of ${PAYMENT_METHODS.join(", ")}`);
    }
    byMethod[method] = sumCents([byMethod[method], checkCents(amountCents, `${method} amount`)], "payment");
  }
  const paid = sumCents(Object.values(byMethod), "payment");
  if (paid < dueCents) return { ok: false, reason: "missing", missingCents: dueCents - paid };
  if (paid > dueCents) return { ok: false, reason: "over", overCents: paid - dueCents };
  return { ok: true, byMethod };
}
