import { describe, expect, it } from "vitest";
import { monthLabel, shiftMonth, signedUnits, thisMonth, units } from "./ledger-words";

const SOU = { unitName: "sou", unitPlural: "sous" };

describe("ledger words", () => {
  it("says amounts in the network's unit, singular or plural, signed from the account's side", () => {
    expect(units(1, SOU, "fr")).toBe("1\u00a0sou");
    expect(units(1500, SOU, "fr")).toBe("1\u202f500\u00a0sous");
    expect(signedUnits(-12, SOU, "fr")).toBe("−\u00a012\u00a0sous");
    expect(signedUnits(36, SOU, "en")).toBe("+\u00a036\u00a0sous");
  });

  it("names months in French and moves across years", () => {
    expect(monthLabel("2026-11", "fr")).toBe("novembre 2026");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(thisMonth(new Date("2026-11-30T23:30:00Z"))).toBe("2026-12");
  });
});
