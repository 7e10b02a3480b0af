import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDay, formatTime, normaliseTime, sameParisDay } from "./date-time";

describe("dates and times in Europe/Paris", () => {
  it("shows winter times one hour ahead of UTC and summer times two hours ahead", () => {
    expect(formatTime(new Date("2026-03-10T09:05:00Z"), "fr")).toBe("10:05");
    expect(formatTime(new Date("2026-07-10T09:05:00Z"), "fr")).toBe("11:05");
    expect(formatTime(new Date("2026-07-10T15:30:00Z"), "en")).toBe("17:30");
  });

  it("writes dates in words in the person's language", () => {
    expect(formatDate(new Date("2026-03-10T09:05:00Z"), "fr")).toBe("mardi 10 mars 2026");
    expect(formatDate(new Date("2026-03-10T09:05:00Z"), "en")).toMatch(/^Tuesday,? 10 March 2026$/);
  });

  it("puts a late UTC evening on the next day in France", () => {
    expect(formatDate(new Date("2026-03-10T23:30:00Z"), "fr")).toBe("mercredi 11 mars 2026");
    expect(formatDateTime(new Date("2026-03-10T23:30:00Z"), "fr")).toContain("00:30");
    expect(sameParisDay(new Date("2026-03-10T22:59:00Z"), new Date("2026-03-10T23:01:00Z"))).toBe(false);
    expect(sameParisDay(new Date("2026-03-10T08:00:00Z"), new Date("2026-03-10T20:00:00Z"))).toBe(true);
  });

  it("writes a calendar day with its year, the same day wherever the device is", () => {
    expect(formatDay("2027-03-02", "fr")).toBe("2 mars 2027");
    expect(formatDay("2026-12-31", "en")).toBe("31 December 2026");
  });
});

describe("a time typed in a 24-hour field", () => {
  it("reads the ways people write a time in France as HH:MM", () => {
    expect(["6h30", "06:30", "0630", "630", "6 h 30", "6.30"].map(normaliseTime)).toEqual(Array(6).fill("06:30"));
    expect(["7", "18h", "18:00", "23:59"].map(normaliseTime)).toEqual(["07:00", "18:00", "18:00", "23:59"]);
  });

  it("leaves what is not a time as typed, for the form to say so", () => {
    expect(["24:00", "12:60", "midi", "6:3", ""].map(normaliseTime)).toEqual(["24:00", "12:60", "midi", "6:3", ""]);
  });
});
