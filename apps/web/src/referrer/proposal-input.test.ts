import { describe, expect, it } from "vitest";
import { nextPeriod, proposalFrom } from "./proposal-input";

describe("a referrer's proposal", () => {
  it("reads the cap in euros with a comma, and no cap when empty", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ rate: "20", cap: "120,50", from: "2027-01-01", to: "2027-06-30", note: " " })) form.set(k, v);
    expect(proposalFrom(form)).toEqual({ participationRatePercent: 20, monthlyCapCents: 12050, validFrom: "2027-01-01", validTo: "2027-06-30" });
    form.set("cap", "");
    expect(proposalFrom(form).monthlyCapCents).toBeNull();
  });

  it("proposes six months from the day after the current end, or from today once it is over", () => {
    expect(nextPeriod("2026-12-31", "2026-12-05")).toEqual({ from: "2027-01-01", to: "2027-06-30" });
    expect(nextPeriod("2026-08-30", "2026-08-10")).toEqual({ from: "2026-08-31", to: "2027-02-27" });
    expect(nextPeriod("2026-11-20", "2026-12-05")).toEqual({ from: "2026-12-05", to: "2027-06-04" });
    expect(nextPeriod(null, "2026-12-05").from).toBe("2026-12-05");
  });
});
