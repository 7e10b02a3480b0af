import { describe, expect, it } from "vitest";
import { addDays, dayLabel, mondayOf, parisToday, weekDays } from "./week-dates";

describe("week dates", () => {
  it("finds the Monday of a week, across a month end and from a Sunday", () => {
    expect(mondayOf("2026-03-10")).toBe("2026-03-09");
    expect(mondayOf("2026-03-01")).toBe("2026-02-23");
    expect(weekDays("2026-03-30")[6]).toBe("2026-04-05");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
  });

  it("takes today in France: 23:30 UTC on 9 March is already 10 March in Paris", () => {
    expect(parisToday(new Date("2026-03-09T23:30:00Z"))).toBe("2026-03-10");
    expect(dayLabel("2026-03-10", "fr")).toBe("mardi 10 mars");
  });
});
