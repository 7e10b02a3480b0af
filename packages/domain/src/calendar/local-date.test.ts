import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, compareDates, daysBetween, epochDay, fromEpochDay, isLocalDate, isoWeekOf, minutesOfDay, weekdayOf } from "./local-date.js";

const dayNumber = fc.integer({ min: epochDay("1900-01-01"), max: epochDay("2199-12-31") });

describe("local dates", () => {
  it("rejects malformed or impossible dates with a message naming the value", () => {
    for (const bad of ["2026-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026-04-31", "0999-12-31", ""]) {
      expect(() => epochDay(bad)).toThrow(`'${bad}' is not a calendar date YYYY-MM-DD`);
      expect(isLocalDate(bad)).toBe(false);
    }
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(() => addDays("2026-01-01", 1.5)).toThrow("days to add must be an integer");
  });

  it("rejects times outside 00:00..23:59", () => {
    expect(minutesOfDay("23:59")).toBe(1439);
    expect(minutesOfDay("00:00")).toBe(0);
    for (const bad of ["25:00", "24:00", "12:60", "9:30", "12:3", "noon"]) {
      expect(() => minutesOfDay(bad)).toThrow(`time '${bad}' is not HH:MM between 00:00 and 23:59`);
    }
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-30", -1)).toBe("2026-03-29");
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
  });

  it("round-trips day numbers and keeps addDays consistent with daysBetween", () => {
    fc.assert(fc.property(dayNumber, fc.integer({ min: -800, max: 800 }), (day, n) => {
      const date = fromEpochDay(day);
      expect(epochDay(date)).toBe(day);
      expect(daysBetween(date, addDays(date, n))).toBe(n);
      expect(Math.sign(compareDates(addDays(date, n), date))).toBe(Math.sign(n));
      expect(weekdayOf(addDays(date, 7 * n))).toBe(weekdayOf(date));
    }));
  });

  it("names ISO weekdays and ISO weeks", () => {
    expect(weekdayOf("2026-03-30")).toBe(1); // a Monday
    expect(weekdayOf("2026-03-29")).toBe(7);
    expect(isoWeekOf("2026-12-31").key).toBe("2026-W53");
    expect(isoWeekOf("2027-01-04").key).toBe("2027-W01");
    expect(isoWeekOf("2024-12-30").key).toBe("2025-W01");
    fc.assert(fc.property(dayNumber, (day) => {
      const date = fromEpochDay(day);
      const { week } = isoWeekOf(date);
      expect(week).toBeGreaterThanOrEqual(1);
      expect(week).toBeLessThanOrEqual(53);
      // Monday to Sunday of one ISO week share the week key.
      const monday = addDays(date, 1 - weekdayOf(date));
      expect(isoWeekOf(addDays(monday, 6)).key).toBe(isoWeekOf(monday).key);
    }));
  });
});
