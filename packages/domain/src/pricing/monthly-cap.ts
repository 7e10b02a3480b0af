import { monthKey } from "../calendar/cutoff.js";
import type { LocalDate } from "../calendar/local-date.js";
import { checkCents, sumCents } from "./cents.js";
import { socialReferenceCents, type PricedLine } from "./price.js";

export type MonthlyCapCheck =
  | { ok: true; /** Cap left after this order, or null when there is no cap. */ leftAfterCents: number | null }
  | { ok: false; /** Cap left before this order (never negative). */ leftCents: number; /** How far this order goes over. */ exceededByCents: number };

/**
 * The monthly credit cap counts the reference value of social-price purchases in a calendar
 * month (Europe/Paris, see calendar's `monthKey` of the passage date). An order is refused when
 * `usedReferenceCents + its social reference value > capCents`, with the amount left.
 * - `usedReferenceCents`: the household's other orders that month, NOT the order being changed.
 * - `lines`: the order priced with `priceOrder`; lines not at the social price (offer without
 *   social pricing, eligibility expired or suspended) do not count, so such orders always pass.
 * - `capCents` null: no cap. An order adding nothing to the cap is never refused, even when an
 *   earlier, higher cap already let the month go over a lowered one.
 */
export function checkMonthlyCap(
  capCents: number | null,
  usedReferenceCents: number,
  lines: readonly Pick<PricedLine, "referenceValueCents" | "socialPriceApplied">[],
): MonthlyCapCheck {
  checkCents(usedReferenceCents, "reference value already used this month");
  const order = socialReferenceCents(lines);
  if (capCents === null) return { ok: true, leftAfterCents: null };
  checkCents(capCents, "monthly cap");
  const leftCents = Math.max(0, capCents - usedReferenceCents);
  if (order === 0 || usedReferenceCents + order <= capCents) return { ok: true, leftAfterCents: Math.max(0, leftCents - order) };
  return { ok: false, leftCents, exceededByCents: usedReferenceCents + order - capCents };
}

/** One of a household's orders, as the monthly cap sees it. */
export interface CapCountedOrder {
  orderId: string;
  passageDate: LocalDate;
  /** `socialReferenceCents` of the order as priced. */
  socialReferenceCents: number;
}

/**
 * `usedReferenceCents` for `checkMonthlyCap`: the social reference value of the household's
 * orders whose passage falls in the same calendar month as `passageDate`, leaving out
 * `exceptOrderId` (the order being changed). Pass only orders that still count (not cancelled).
 */
export function usedReferenceInMonth(orders: readonly CapCountedOrder[], passageDate: LocalDate, exceptOrderId?: string): number {
  const month = monthKey(passageDate);
  const counted = orders.filter((o) => o.orderId !== exceptOrderId && monthKey(o.passageDate) === month);
  return sumCents(counted.map((o) => checkCents(o.socialReferenceCents, `order ${o.orderId} social reference value`)), "reference value used this month");
}
