import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysBetween, epochDay, fromEpochDay, weekdayOf, type IsoWeekday } from "./local-date.js";
import { occurrences } from "./recurrence.js";

describe("occurrences of a tour template", () => {
  it("lists fortnightly Tuesdays from the first one on or after the start, without exceptions", () => {
    const template = { weekday: 2 as const, everyWeeks: 2, startDate: "2026-01-01", exceptionDates: ["2026-01-20"] };
    expect(occurrences(template, "2026-01-01", "2026-02-28")).toEqual(["2026-01-06", "2026-02-03", "2026-02-17"]);
    expect(occurrences(template, "2026-01-07", "2026-02-03")).toEqual(["2026-02-03"]);
    expect(occurrences(template, "2025-06-01", "2026-01-06")).toEqual(["2026-01-06"]);
  });

  it("explains bad templates and periods", () => {
    const weekly = { weekday: 1 as const, everyWeeks: 1, startDate: "2026-01-01" };
    expect(() => occurrences({ ...weekly, weekday: 8 as IsoWeekday }, "2026-01-01", "2026-02-01")).toThrow("tour weekday 8");
    expect(() => occurrences({ ...weekly, everyWeeks: 0 }, "2026-01-01", "2026-02-01")).toThrow("tour everyWeeks 0");
    expect(() => occurrences(weekly, "2026-02-01", "2026-01-01")).toThrow("period start '2026-02-01' is after its end '2026-01-01'");
    expect(() => occurrences({ ...weekly, exceptionDates: ["2026-02-30"] }, "2026-01-01", "2026-03-01")).toThrow("tour exception date");
  });

  it("gives the right weekday, the right spacing, and the same dates whatever window is asked", () => {
    const day = fc.integer({ min: epochDay("2024-01-01"), max: epochDay("2030-12-31") }).map(fromEpochDay);
    const weekday = fc.integer({ min: 1, max: 7 }) as fc.Arbitrary<IsoWeekday>;
    fc.assert(fc.property(weekday, fc.constantFrom(1, 2), day, day, fc.integer({ min: 0, max: 400 }), (wd, everyWeeks, startDate, from, span) => {
      const template = { weekday: wd, everyWeeks, startDate };
      const to = fromEpochDay(epochDay(from) + span);
      const dates = occurrences(template, from, to);
      for (const date of dates) {
        expect(weekdayOf(date)).toBe(wd);
        expect(daysBetween(startDate, date)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(startDate, date) % (7 * everyWeeks)).toBeLessThan(7);
      }
      dates.slice(1).forEach((date, i) => expect(daysBetween(dates[i] ?? date, date)).toBe(7 * everyWeeks));
      const wide = occurrences(template, fromEpochDay(epochDay(from) - 30), fromEpochDay(epochDay(to) + 30));
      expect(wide.filter((d) => daysBetween(from, d) >= 0 && daysBetween(d, to) >= 0)).toEqual(dates);
      const skipped = occurrences({ ...template, exceptionDates: dates.slice(0, 1) }, from, to);
      expect(skipped).toEqual(dates.slice(1));
    }), { numRuns: 200 });
  });
});
