import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PAYMENT_METHODS, cashChange, checkSplitPayment, type PaymentMethod } from "./payment.js";

describe("cashChange", () => {
  it("gives back tendered − due and refuses too little cash", () => {
    expect(cashChange(360, 500)).toEqual({ ok: true, changeCents: 140 });
    expect(cashChange(360, 360)).toEqual({ ok: true, changeCents: 0 });
    expect(cashChange(360, 200)).toEqual({ ok: false, missingCents: 160 });
    expect(() => cashChange(360, -1)).toThrow("cash tendered -1 must be a whole number of cents");
  });
});

describe("checkSplitPayment", () => {
  it("accepts parts adding up exactly, and says what is missing or over", () => {
    expect(checkSplitPayment(1_000, [{ method: "voucher", amountCents: 600 }, { method: "cash", amountCents: 300 }, { method: "cash", amountCents: 100 }]))
      .toEqual({ ok: true, byMethod: { cash: 400, card: 0, voucher: 600, credit: 0 } });
    expect(checkSplitPayment(1_000, [{ method: "card", amountCents: 700 }])).toEqual({ ok: false, reason: "missing", missingCents: 300 });
    expect(checkSplitPayment(1_000, [{ method: "card", amountCents: 700 }, { method: "credit", amountCents: 500 }])).toEqual({ ok: false, reason: "over", overCents: 200 });
    expect(checkSplitPayment(0, [])).toEqual({ ok: true, byMethod: { cash: 0, card: 0, voucher: 0, credit: 0 } });
  });

  it("explains unknown methods and bad amounts", () => {
    expect(() => checkSplitPayment(100, [{ method: "cheque" as PaymentMethod, amountCents: 100 }])).toThrow("payment method 'cheque' must be one of cash, card, voucher, credit");
    expect(() => checkSplitPayment(100, [{ method: "card", amountCents: -100 }])).toThrow("card amount -100 must be a whole number of cents");
  });

  it("is accepted iff the parts sum to the amount due", () => {
    const part = fc.record({ method: fc.constantFrom(...PAYMENT_METHODS), amountCents: fc.integer({ min: 0, max: 10_000 }) });
    fc.assert(fc.property(fc.integer({ min: 0, max: 30_000 }), fc.array(part, { maxLength: 6 }), (due, parts) => {
      const paid = parts.reduce((s, p) => s + p.amountCents, 0);
      const result = checkSplitPayment(due, parts);
      if (paid === due) expect(result.ok && Object.values(result.byMethod).reduce((a, b) => a + b, 0)).toBe(due);
      else expect(result).toEqual(paid < due ? { ok: false, reason: "missing", missingCents: due - paid } : { ok: false, reason: "over", overCents: paid - due });
    }));
  });
});
