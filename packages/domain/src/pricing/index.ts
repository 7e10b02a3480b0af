/**
 * @tournee/domain/pricing — the one place where what a household pays is computed, on the
 * server and offline on a driver's phone alike (plain TypeScript, no Node or DOM APIs).
 *
 * Contract
 * - Amounts are integer cents everywhere; invalid input throws a RangeError saying what is wrong.
 * - Eligibility is judged on the passage date (the day the goods are handed over): social
 *   prices apply only when `eligibilityState` is 'valid' AND the offer has `socialPricing`.
 *   Otherwise the reference price is paid and the monthly cap does not apply.
 * - Rounding rule: unit price = round-half-up(reference × participation rate / 100) to the
 *   cent, computed in exact integers (reference 199 at 20 % → 39.8 → 40; 125 at 10 % → 12.5 → 13).
 *   Line total = unit price × quantity; order total = sum of line totals, so a receipt adds up.
 *   Rates are at most 100 %, so a price is never negative nor above the reference.
 * - Monthly cap: counts the reference value (reference price × quantity) of lines sold at the
 *   social price, per Europe/Paris calendar month of the passage; an order that would exceed
 *   it is refused with the amount left and by how much it goes over.
 * - Payment at handover: cash change, and split payments that must add up to the amount due.
 */
export { checkEligibility, checkParticipationRate, eligibilityState, needsRenewalReminder, ELIGIBILITY_STATUSES } from "./eligibility.js";
export type { Eligibility, EligibilityState, EligibilityStatus } from "./eligibility.js";
export { participationPrice, priceLine, priceOrder, socialReferenceCents } from "./price.js";
export type { Offer, OrderLine, PricedLine, PricedOrder } from "./price.js";
export { checkMonthlyCap, usedReferenceInMonth, type CapCountedOrder, type MonthlyCapCheck } from "./monthly-cap.js";
export { PAYMENT_METHODS, cashChange, checkSplitPayment } from "./payment.js";
export type { CashChange, PaymentMethod, PaymentPart, SplitPaymentCheck } from "./payment.js";
