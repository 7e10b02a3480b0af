import { checkCents } from "./cents.js";
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
