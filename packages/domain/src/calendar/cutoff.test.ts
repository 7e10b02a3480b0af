import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, epochDay, fromEpochDay } from "./local-date.js";
import { cutoffFor, isOrderOpen, monthKey } from "./cutoff.js";
import { instantToZoned } from "./time-zone.js";

const bread = { daysBefore: 1, time: "18:00" };
const iso = (d: Date) => d.toISOString();

describe("cutoffs", () => {
  it("keeps 'the day before at 18:00' at 18:00 local across the 2026 and 2027 changes", () => {
    // Mondays right after each change: the cutoff is Sunday 18:00, i.e. 16:00Z in summer, 17:00Z in winter.
    expect(iso(cutoffFor("2026-03-30", bread))).toBe("2026-03-29T16:00:00.000Z");
    expect(iso(cutoffFor("2026-10-26", bread))).toBe("2026-10-25T17:00:00.000Z");
    expect(iso(cutoffFor("2027-03-29", bread))).toBe("2027-03-28T16:00:00.000Z");
    expect(iso(cutoffFor("2027-11-01", bread))).toBe("2027-10-31T17:00:00.000Z");
    // Saturday before the change: still winter / summer.
    expect(iso(cutoffFor("2026-03-29", bread))).toBe("2026-03-28T17:00:00.000Z");
    expect(iso(cutoffFor("2026-10-25", bread))).toBe("2026-10-24T16:00:00.000Z");
  });

  it("spans a change when the cutoff is several days before", () => {
    // Thursday 2026-04-02 passage, cutoff Friday before at 12:00 (winter time).
    expect(iso(cutoffFor("2026-04-02", { daysBefore: 6, time: "12:00" }))).toBe("2026-03-27T11:00:00.000Z");
    expect(iso(cutoffFor("2026-10-25", { daysBefore: 0, time: "02:30" }))).toBe("2026-10-25T00:30:00.000Z");
  });

  it("is open strictly before the cutoff and closed from it on", () => {
    const cutoff = cutoffFor("2026-03-30", bread).getTime();
    expect(isOrderOpen(new Date(cutoff - 1), "2026-03-30", bread)).toBe(true);
    expect(isOrderOpen(new Date(cutoff), "2026-03-30", bread)).toBe(false);
    expect(isOrderOpen(new Date("2026-03-29T16:30:00Z"), "2026-03-30", bread)).toBe(false);
    expect(isOrderOpen(new Date("2026-03-29T15:59:00Z"), "2026-03-30", bread)).toBe(true);
  });

  it("always falls on the local day and time the rule says", () => {
    const day = fc.integer({ min: epochDay("2020-01-01"), max: epochDay("2035-12-31") }).map(fromEpochDay);
    const hour = fc.integer({ min: 3, max: 23 }); // outside 02:xx, which may not exist on a change day
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 14 }), hour, (passage, daysBefore, h) => {
      const time = `${String(h).padStart(2, "0")}:15`;
      expect(instantToZoned(cutoffFor(passage, { daysBefore, time }))).toMatchObject({ date: addDays(passage, -daysBefore), time });
    }), { numRuns: 200 });
  });

  it("explains bad rules", () => {
    expect(() => cutoffFor("2026-03-30", { daysBefore: 15, time: "18:00" })).toThrow("cutoff daysBefore 15 must be a whole number of days from 0 to 14");
    expect(() => cutoffFor("2026-03-30", { daysBefore: 1, time: "25:00" })).toThrow("cutoff time '25:00' is not HH:MM between 00:00 and 23:59");
    expect(() => cutoffFor("2026-02-30", bread)).toThrow("passage date '2026-02-30' is not a calendar date");
  });
});

describe("monthKey", () => {
  it("counts instants in the Paris month and dates as written", () => {
    expect(monthKey(new Date("2026-01-31T23:30:00Z"))).toBe("2026-02");
    expect(monthKey(new Date("2026-06-30T21:59:00Z"))).toBe("2026-06");
    expect(monthKey(new Date("2026-06-30T22:00:00Z"))).toBe("2026-07");
    expect(monthKey("2026-12-31")).toBe("2026-12");
    expect(() => monthKey("2026-12")).toThrow("is not a calendar date");
  });
});
