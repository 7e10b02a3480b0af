import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysBetween } from "../calendar/local-date.js";
import { day, eligibility as anyEligibility } from "./test-support/arbitraries.js";
import { eligibilityState, needsRenewalReminder, type Eligibility } from "./eligibility.js";

const spring: Eligibility = { participationRatePercent: 20, monthlyCapCents: 15_000, validFrom: "2026-03-01", validTo: "2026-08-31", status: "active" };

describe("eligibilityState", () => {
  it("is valid from validFrom to validTo inclusive, judged on the passage date", () => {
    expect(eligibilityState(spring, "2026-02-28")).toBe("not-yet-valid");
    expect(eligibilityState(spring, "2026-03-01")).toBe("valid");
    expect(eligibilityState(spring, "2026-08-31")).toBe("valid");
    expect(eligibilityState(spring, "2026-09-01")).toBe("expired");
    expect(eligibilityState({ ...spring, status: "suspended" }, "2026-05-01")).toBe("suspended");
    expect(eligibilityState({ ...spring, status: "ended" }, "2026-05-01")).toBe("expired");
    expect(eligibilityState(null, "2026-05-01")).toBe("none");
  });

  it("is valid exactly when active and the date is inside the period", () => {
    fc.assert(fc.property(anyEligibility, day, (e, date) => {
      const inside = daysBetween(e.validFrom, date) >= 0 && daysBetween(date, e.validTo) >= 0;
      expect(eligibilityState(e, date) === "valid").toBe(e.status === "active" && inside);
    }));
  });

  it("explains invalid eligibilities", () => {
    expect(() => eligibilityState({ ...spring, participationRatePercent: 0 }, "2026-05-01")).toThrow("participation rate 0 % must be a whole percentage from 1 to 100");
    expect(() => eligibilityState({ ...spring, participationRatePercent: 20.5 }, "2026-05-01")).toThrow("participation rate 20.5 %");
    expect(() => eligibilityState({ ...spring, monthlyCapCents: -1 }, "2026-05-01")).toThrow("monthly cap -1");
    expect(() => eligibilityState({ ...spring, validTo: "2026-02-01" }, "2026-05-01")).toThrow("validFrom '2026-03-01' is after validTo '2026-02-01'");
    expect(() => eligibilityState({ ...spring, status: "paused" as never }, "2026-05-01")).toThrow("status 'paused' must be one of active, suspended, ended");
    expect(() => eligibilityState(spring, "2026-5-1")).toThrow("passage date '2026-5-1' is not a calendar date");
  });
});

describe("needsRenewalReminder", () => {
  it("reminds within the window before validTo, while still valid", () => {
    expect(needsRenewalReminder(spring, "2026-07-31")).toBe(false);
    expect(needsRenewalReminder(spring, "2026-08-01")).toBe(true);
    expect(needsRenewalReminder(spring, "2026-08-31")).toBe(true);
    expect(needsRenewalReminder(spring, "2026-09-01")).toBe(false);
    expect(needsRenewalReminder(spring, "2026-06-01", 91)).toBe(true);
    expect(needsRenewalReminder({ ...spring, status: "suspended" }, "2026-08-15")).toBe(false);
    expect(needsRenewalReminder(null, "2026-08-15")).toBe(false);
    expect(() => needsRenewalReminder(spring, "2026-08-15", -1)).toThrow("reminder window -1");
  });
});
