import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { day, eligibility as anyEligibility, orderLine } from "./test-support/arbitraries.js";
import { eligibilityState, type Eligibility } from "./eligibility.js";
import { participationPrice, priceLine, priceOrder } from "./price.js";

const tier20: Eligibility = { participationRatePercent: 20, monthlyCapCents: 15_000, validFrom: "2026-03-01", validTo: "2026-08-31", status: "active" };
const pasta = { referencePriceCents: 199, socialPricing: true, quantity: 3 };
const baguette = { referencePriceCents: 120, socialPricing: false, quantity: 2 };

describe("participationPrice: round-half-up(reference × rate / 100)", () => {
  it("rounds halves up and the rest to the nearest cent", () => {
    expect(participationPrice(199, 20)).toBe(40); // 39.8
    expect(participationPrice(125, 10)).toBe(13); // 12.5
    expect(participationPrice(124, 10)).toBe(12); // 12.4
    expect(participationPrice(5, 30)).toBe(2); // 1.5
    expect(participationPrice(1, 10)).toBe(0); // 0.1
    expect(participationPrice(999, 100)).toBe(999);
  });

  it("is exactly the integer rule, for every reference and rate", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 100 }), (ref, rate) => {
      const price = participationPrice(ref, rate);
      // price is the integer nearest to ref × rate / 100, halves going up.
      expect(200 * price).toBeLessThanOrEqual(2 * ref * rate + 100);
      expect(200 * price).toBeGreaterThan(2 * ref * rate - 100);
      expect(price).toBeGreaterThanOrEqual(0);
      expect(price).toBeLessThanOrEqual(ref);
    }));
  });

  it("refuses amounts that are not whole cents and rates outside 1..100", () => {
    expect(() => participationPrice(1.5, 20)).toThrow("reference price 1.5 must be a whole number of cents");
    expect(() => participationPrice(100, 101)).toThrow("participation rate 101 %");
    expect(() => priceLine({ ...pasta, quantity: 0 }, tier20, "2026-05-01")).toThrow("quantity 0 must be a whole number of units, 1 or more");
  });
});

describe("priceLine and priceOrder", () => {
  it("applies the participation rate to social-grocery offers only, while eligibility is valid", () => {
    expect(priceLine(pasta, tier20, "2026-05-01")).toEqual({
      quantity: 3, referencePriceCents: 199, unitPriceCents: 40, lineTotalCents: 120, referenceValueCents: 597, socialPriceApplied: true,
    });
    expect(priceLine(baguette, tier20, "2026-05-01")).toMatchObject({ unitPriceCents: 120, lineTotalCents: 240, socialPriceApplied: false });
    expect(priceLine(pasta, tier20, "2026-09-01")).toMatchObject({ unitPriceCents: 199, socialPriceApplied: false });
    expect(priceLine(pasta, { ...tier20, status: "suspended" }, "2026-05-01")).toMatchObject({ unitPriceCents: 199 });
    expect(priceLine(pasta, null, "2026-05-01")).toMatchObject({ unitPriceCents: 199 });
    const order = priceOrder([pasta, baguette], tier20, "2026-05-01");
    expect(order).toMatchObject({ totalCents: 360, referenceTotalCents: 837, socialReferenceCents: 597, eligibilityState: "valid" });
  });

  it("never goes negative or above the reference, and adds up line by line", () => {
    fc.assert(fc.property(fc.array(orderLine, { maxLength: 12 }), fc.option(anyEligibility, { nil: null }), day, (lines, e, date) => {
      const order = priceOrder(lines, e, date);
      const valid = eligibilityState(e, date) === "valid";
      order.lines.forEach((priced, i) => {
        const line = lines[i];
        if (!line) throw new Error("one priced line per order line");
        expect(priced.socialPriceApplied).toBe(valid && line.socialPricing);
        expect(priced.unitPriceCents).toBe(priced.socialPriceApplied && e ? participationPrice(line.referencePriceCents, e.participationRatePercent) : line.referencePriceCents);
        expect(priced.unitPriceCents).toBeGreaterThanOrEqual(0);
        expect(priced.unitPriceCents).toBeLessThanOrEqual(line.referencePriceCents);
        expect(priced.lineTotalCents).toBe(priced.unitPriceCents * line.quantity);
        expect(priced.referenceValueCents).toBe(line.referencePriceCents * line.quantity);
        expect(priceLine(line, e, date)).toEqual(priced);
      });
      const sum = (f: (l: (typeof order.lines)[number]) => number) => order.lines.reduce((s, l) => s + f(l), 0);
      expect(order.totalCents).toBe(sum((l) => l.lineTotalCents));
      expect(order.referenceTotalCents).toBe(sum((l) => l.referenceValueCents));
      expect(order.socialReferenceCents).toBe(sum((l) => (l.socialPriceApplied ? l.referenceValueCents : 0)));
      expect(order.totalCents).toBeLessThanOrEqual(order.referenceTotalCents);
    }));
  });
});
