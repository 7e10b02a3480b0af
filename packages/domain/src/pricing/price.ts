import type { LocalDate } from "../calendar/local-date.js";
import { checkCents, multiplyCents, sumCents } from "./cents.js";
import { checkParticipationRate, eligibilityState, type Eligibility, type EligibilityState } from "./eligibility.js";

/** What an offer costs before any participation rate. */
export interface Offer {
  /** Normal shop price of one unit, in cents. */
  referencePriceCents: number;
  /**
   * The organisation applies participation rates to this offer: true for social-grocery
   * products by default, false for bakery and producer products unless it decides otherwise.
   */
  socialPricing: boolean;
}

export interface OrderLine extends Offer {
  /** Units ordered, a whole number from 1. */
  quantity: number;
}

export interface PricedLine {
  quantity: number;
  referencePriceCents: number;
  /** What the household pays for one unit. */
  unitPriceCents: number;
  /** unitPriceCents × quantity: what the household pays for the line. */
  lineTotalCents: number;
  /** referencePriceCents × quantity: the goods' normal value, counted by the monthly cap. */
  referenceValueCents: number;
  socialPriceApplied: boolean;
}

export interface PricedOrder {
  /** In the same order as the lines given. */
  lines: PricedLine[];
  /** Sum of the lines' totals: the amount due. */
  totalCents: number;
  referenceTotalCents: number;
  /** Reference value of the lines sold at the social price: what counts against the monthly cap. */
  socialReferenceCents: number;
  eligibilityState: EligibilityState;
}

/** The rounding rule: round-half-up(reference × rate / 100) to the cent, in exact integers. */
export function participationPrice(referencePriceCents: number, participationRatePercent: number): number {
  checkCents(referencePriceCents, "reference price");
  checkParticipationRate(participationRatePercent);
  return Math.floor((multiplyCents(referencePriceCents, participationRatePercent, "reference price") + 50) / 100);
}

function priceWithRate(line: OrderLine, rate: number | null): PricedLine {
  const { referencePriceCents, quantity, socialPricing } = line;
  checkCents(referencePriceCents, "reference price");
  if (!Number.isSafeInteger(quantity) || quantity < 1) {
    throw new RangeError(`quantity ${quantity} must be a whole number of units, 1 or more`);
  }
  const socialPriceApplied = socialPricing && rate !== null;
  const unitPriceCents = socialPriceApplied ? participationPrice(referencePriceCents, rate) : referencePriceCents;
  return {
    quantity,
    referencePriceCents,
    unitPriceCents,
    lineTotalCents: multiplyCents(unitPriceCents, quantity, "line total"),
    referenceValueCents: multiplyCents(referencePriceCents, quantity, "line reference value"),
    socialPriceApplied,
  };
}

function rateOn(eligibility: Eligibility | null | undefined, passageDate: LocalDate): [EligibilityState, number | null] {
  const state = eligibilityState(eligibility, passageDate);
  return [state, state === "valid" && eligibility ? eligibility.participationRatePercent : null];
}

/** Prices one line for a household whose eligibility is judged on the passage day. */
export function priceLine(line: OrderLine, eligibility: Eligibility | null | undefined, passageDate: LocalDate): PricedLine {
  return priceWithRate(line, rateOn(eligibility, passageDate)[1]);
}

/** Prices a whole order; its totals are sums of the line values, so a receipt always adds up. */
export function priceOrder(lines: readonly OrderLine[], eligibility: Eligibility | null | undefined, passageDate: LocalDate): PricedOrder {
  const [state, rate] = rateOn(eligibility, passageDate);
  const priced = lines.map((line) => priceWithRate(line, rate));
  return {
    lines: priced,
    totalCents: sumCents(priced.map((l) => l.lineTotalCents), "order total"),
    referenceTotalCents: sumCents(priced.map((l) => l.referenceValueCents), "order reference value"),
    socialReferenceCents: socialReferenceCents(priced),
    eligibilityState: state,
  };
}

/** Reference value of the lines sold at the social price. */
export function socialReferenceCents(lines: readonly Pick<PricedLine, "referenceValueCents" | "socialPriceApplied">[]): number {
  return sumCents(lines.filter((l) => l.socialPriceApplied).map((l) => l.referenceValueCents), "social reference value");
}
