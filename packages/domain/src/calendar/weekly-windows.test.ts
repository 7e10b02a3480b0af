import { describe, expect, it } from "vitest";
import { formatWeeklyWindows, parseWeeklyWindows } from "./weekly-windows.js";

describe("weekly windows in a cell", () => {
  it("reads French and English days, ranges and numbers, and writes them back", () => {
    expect(parseWeeklyWindows("lun 09:00-12:00; Mercredi 14h-16h30")).toEqual([{ weekday: 1, from: 540, to: 720 }, { weekday: 3, from: 840, to: 990 }]);
    expect(parseWeeklyWindows("mon-wed 9-11")).toEqual([1, 2, 3].map((weekday) => ({ weekday, from: 540, to: 660 })));
    expect(parseWeeklyWindows("7 08:30-10:00")).toEqual([{ weekday: 7, from: 510, to: 600 }]);
    expect(parseWeeklyWindows("")).toEqual([]);
    expect(formatWeeklyWindows(parseWeeklyWindows("lun 9h-12h; ven 14:00-16:00")!)).toBe("lun 09:00-12:00; ven 14:00-16:00");
  });

  it("refuses what it cannot read", () => {
    for (const cell of ["lundi", "lun 9:00", "xyz 09:00-10:00", "lun 25:00-26:00", "ven-lun 9-10"]) expect(parseWeeklyWindows(cell), cell).toBeNull();
  });
});
