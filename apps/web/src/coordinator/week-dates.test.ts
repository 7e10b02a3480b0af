import { describe, expect, it } from "vitest";
import { addDays, dayLabel, mondayOf, parisToday, weekDays, weekToPrepare } from "./week-dates";

describe("week dates", () => {
  it("finds the Monday of a week, across a month end and from a Sunday", () => {
    expect(mondayOf("2026-03-10")).toBe("2026-03-09");
    expect(mondayOf("2026-03-01")).toBe("2026-02-23");
    expect(weekDays("2026-03-30")[6]).toBe("2026-04-05");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
  });

  it("opens on the current week from Monday to Friday, and on the coming one at the weekend", () => {
    expect(weekToPrepare("2026-12-04")).toBe("2026-11-30");
    expect(weekToPrepare("2026-11-30")).toBe("2026-11-30");
    expect(weekToPrepare("2026-12-05")).toBe("2026-12-07");
    expect(weekToPrepare("2026-12-06")).toBe("2026-12-07");
  });

  it("takes today in France: 23:30 UTC on 9 March is already 10 March in Paris", () => {
    expect(parisToday(new Date("2026-03-09T23:30:00Z"))).toBe("2026-03-10");
    expect(dayLabel("2026-03-10", "fr")).toBe("mardi 10 mars");
  });
});
