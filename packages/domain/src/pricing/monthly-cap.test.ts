import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkMonthlyCap, usedReferenceInMonth } from "./monthly-cap.js";

const social = (referenceValueCents: number) => ({ referenceValueCents, socialPriceApplied: true });
const normal = (referenceValueCents: number) => ({ referenceValueCents, socialPriceApplied: false });

describe("checkMonthlyCap", () => {
  it("refuses an order that would go over, saying what is left", () => {
    expect(checkMonthlyCap(15_000, 12_000, [social(2_000), normal(9_000)])).toEqual({ ok: true, leftAfterCents: 1_000 });
    expect(checkMonthlyCap(15_000, 12_000, [social(3_000)])).toEqual({ ok: true, leftAfterCents: 0 });
    expect(checkMonthlyCap(15_000, 12_000, [social(2_000), social(1_500)])).toEqual({ ok: false, leftCents: 3_000, exceededByCents: 500 });
    expect(checkMonthlyCap(null, 99_999, [social(50_000)])).toEqual({ ok: true, leftAfterCents: null });
  });

  it("never refuses an order with nothing at the social price", () => {
    expect(checkMonthlyCap(10_000, 12_000, [normal(5_000)])).toEqual({ ok: true, leftAfterCents: 0 });
    expect(checkMonthlyCap(10_000, 12_000, [social(1)])).toEqual({ ok: false, leftCents: 0, exceededByCents: 2_001 });
  });

  it("refuses iff used + order > cap, for orders that count", () => {
    const line = fc.record({ referenceValueCents: fc.integer({ min: 0, max: 20_000 }), socialPriceApplied: fc.boolean() });
    fc.assert(fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 0, max: 60_000 }), fc.array(line, { maxLength: 8 }), (cap, used, lines) => {
      const order = lines.filter((l) => l.socialPriceApplied).reduce((s, l) => s + l.referenceValueCents, 0);
      const result = checkMonthlyCap(cap, used, lines);
      expect(result.ok).toBe(order === 0 || used + order <= cap);
      if (result.ok) expect(result.leftAfterCents).toBe(Math.max(0, cap - used - order));
      else expect(result).toEqual({ ok: false, leftCents: Math.max(0, cap - used), exceededByCents: used + order - cap });
    }));
  });

  it("explains bad amounts", () => {
    expect(() => checkMonthlyCap(-5, 0, [])).toThrow("monthly cap -5 must be a whole number of cents");
    expect(() => checkMonthlyCap(100, 0.5, [])).toThrow("reference value already used this month 0.5");
  });
});

describe("usedReferenceInMonth", () => {
  const orders = [
    { orderId: "a", passageDate: "2026-03-03", socialReferenceCents: 4_000 },
    { orderId: "b", passageDate: "2026-03-31", socialReferenceCents: 2_500 },
    { orderId: "c", passageDate: "2026-04-01", socialReferenceCents: 9_000 },
    { orderId: "d", passageDate: "2026-02-28", socialReferenceCents: 7_000 },
  ];

  it("adds the other orders of the passage's month, leaving out the order being changed", () => {
    expect(usedReferenceInMonth(orders, "2026-03-17")).toBe(6_500);
    expect(usedReferenceInMonth(orders, "2026-03-17", "b")).toBe(4_000);
    expect(usedReferenceInMonth(orders, "2026-04-30", "c")).toBe(0);
    expect(() => usedReferenceInMonth([{ orderId: "x", passageDate: "2026-03-01", socialReferenceCents: -1 }], "2026-03-02"))
      .toThrow("order x social reference value -1");
  });
});
