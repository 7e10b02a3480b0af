import { describe, expect, it } from "vitest";
import { byUrgency, standingOf } from "./standing.js";

const TODAY = "2026-12-05";
const eligibility = (validFrom: string, validTo: string, status: "active" | "suspended" | "ended" = "active") => ({ participationRatePercent: 20, monthlyCapCents: 15000, validFrom, validTo, status });

describe("a household's standing for its referrer", () => {
  it("is valid, expiring within 30 days (the 30th day included), or expired", () => {
    expect(standingOf({ eligibilities: [eligibility("2026-10-01", "2027-03-31")], renewalPending: false, today: TODAY })).toEqual({ standing: "valid", validTo: "2027-03-31", daysLeft: 116 });
    expect(standingOf({ eligibilities: [eligibility("2026-10-01", "2027-01-04")], renewalPending: false, today: TODAY }).standing).toBe("expiring");
    expect(standingOf({ eligibilities: [eligibility("2026-10-01", "2027-01-05")], renewalPending: false, today: TODAY }).standing).toBe("valid");
    expect(standingOf({ eligibilities: [eligibility("2026-07-01", "2026-12-04")], renewalPending: false, today: TODAY })).toEqual({ standing: "expired", validTo: "2026-12-04", daysLeft: -1 });
    expect(standingOf({ eligibilities: [eligibility("2026-07-01", "2027-06-30", "ended")], renewalPending: false, today: TODAY }).standing).toBe("expired");
  });

  it("is pending while a renewal waits, covered once the next period is granted, suspended whatever the dates", () => {
    expect(standingOf({ eligibilities: [eligibility("2026-07-01", "2026-12-20")], renewalPending: true, today: TODAY }).standing).toBe("pending");
    expect(standingOf({ eligibilities: [eligibility("2026-07-01", "2026-11-30")], renewalPending: true, today: TODAY }).standing).toBe("pending");
    const renewed = standingOf({ eligibilities: [eligibility("2026-07-01", "2026-12-20"), eligibility("2026-12-21", "2027-06-20")], renewalPending: false, today: TODAY });
    expect(renewed).toEqual({ standing: "valid", validTo: "2027-06-20", daysLeft: 197 });
    expect(standingOf({ eligibilities: [eligibility("2026-07-01", "2026-12-20", "suspended")], renewalPending: false, today: TODAY }).standing).toBe("suspended");
    expect(standingOf({ eligibilities: [], renewalPending: false, today: TODAY }).standing).toBe("none");
  });

  it("sorts the most urgent first: expired, then ending soonest, suspended, waiting, valid", () => {
    const rows = [
      { name: "valid", standing: "valid" as const, daysLeft: 100 },
      { name: "pending", standing: "pending" as const, daysLeft: 3 },
      { name: "ending in 20", standing: "expiring" as const, daysLeft: 20 },
      { name: "ending in 4", standing: "expiring" as const, daysLeft: 4 },
      { name: "over 40 days ago", standing: "expired" as const, daysLeft: -40 },
      { name: "over yesterday", standing: "expired" as const, daysLeft: -1 },
      { name: "suspended", standing: "suspended" as const, daysLeft: 60 },
    ];
    expect(byUrgency(rows).map((r) => r.name)).toEqual(["over yesterday", "over 40 days ago", "ending in 4", "ending in 20", "suspended", "pending", "valid"]);
  });
});
