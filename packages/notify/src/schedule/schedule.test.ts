import { describe, expect, it } from "vitest";
import { estimateDelays, delayStep, roundedDelay } from "./delay.js";
import { cutoffReminderAt, dayBeforeAt, referrerDigestAt } from "./due-times.js";
import { DEFAULT_QUIET_HOURS, endOfQuiet, isQuiet, sendableAt } from "./quiet-hours.js";

const at = (iso: string) => new Date(iso);

describe("quiet hours (20:00–08:00, Europe/Paris)", () => {
  it("are quiet from 20:00 to 08:00 local time, not outside", () => {
    expect(isQuiet(at("2026-03-10T18:59:00Z"), DEFAULT_QUIET_HOURS)).toBe(false); // 19:59 CET
    expect(isQuiet(at("2026-03-10T19:00:00Z"), DEFAULT_QUIET_HOURS)).toBe(true); // 20:00 CET
    expect(isQuiet(at("2026-03-11T06:59:00Z"), DEFAULT_QUIET_HOURS)).toBe(true); // 07:59 CET
    expect(isQuiet(at("2026-03-11T07:00:00Z"), DEFAULT_QUIET_HOURS)).toBe(false); // 08:00 CET
    expect(isQuiet(at("2026-07-10T18:30:00Z"), DEFAULT_QUIET_HOURS)).toBe(true); // 20:30 CEST
  });

  it("a message due in the evening waits for 08:00 the next morning", () => {
    expect(endOfQuiet(at("2026-03-10T21:00:00Z"), DEFAULT_QUIET_HOURS)).toEqual(at("2026-03-11T07:00:00Z"));
    expect(endOfQuiet(at("2026-03-11T02:00:00Z"), DEFAULT_QUIET_HOURS)).toEqual(at("2026-03-11T07:00:00Z"));
  });

  it("over the spring-forward night (29 March 2026) the wait ends at 08:00 summer time, not an hour off", () => {
    expect(endOfQuiet(at("2026-03-28T20:00:00Z"), DEFAULT_QUIET_HOURS)).toEqual(at("2026-03-29T06:00:00Z"));
  });

  it("over the autumn night (25 October 2026) the wait ends at 08:00 winter time", () => {
    expect(endOfQuiet(at("2026-10-24T19:30:00Z"), DEFAULT_QUIET_HOURS)).toEqual(at("2026-10-25T07:00:00Z"));
  });

  it("urgent messages (a delay today) go at once, even at night", () => {
    expect(sendableAt(at("2026-03-10T21:00:00Z"), DEFAULT_QUIET_HOURS, true)).toEqual(at("2026-03-10T21:00:00Z"));
    expect(sendableAt(at("2026-03-10T21:00:00Z"), DEFAULT_QUIET_HOURS, false)).toEqual(at("2026-03-11T07:00:00Z"));
  });

  it("a household's own hours apply, and equal start and end mean no quiet hours", () => {
    const late = { startMinute: 22 * 60, endMinute: 7 * 60 };
    expect(isQuiet(at("2026-03-10T20:30:00Z"), late)).toBe(false); // 21:30
    expect(endOfQuiet(at("2026-03-10T22:00:00Z"), late)).toEqual(at("2026-03-11T06:00:00Z"));
    expect(isQuiet(at("2026-03-10T23:00:00Z"), { startMinute: 0, endMinute: 0 })).toBe(false);
  });
});

describe("due times", () => {
  it("reminds at 10:00 the day before the cutoff's day", () => {
    expect(cutoffReminderAt(at("2026-03-09T17:00:00Z"))).toEqual(at("2026-03-08T09:00:00Z"));
  });
  it("tells the time at 17:00 the day before, in summer time after the change", () => {
    expect(dayBeforeAt("2026-03-30")).toEqual(at("2026-03-29T15:00:00Z"));
    expect(dayBeforeAt("2026-03-10")).toEqual(at("2026-03-09T16:00:00Z"));
  });
  it("sends the referrers' digest on Monday", () => {
    expect(referrerDigestAt("2026-03-12")).toEqual({ monday: "2026-03-09", at: at("2026-03-09T08:00:00Z") });
  });
});

describe("the delay estimate from synced arrivals", () => {
  const planned = (h: number, m: number) => at(`2026-03-10T${String(h - 1).padStart(2, "0")}:${String(m).padStart(2, "0")}:00Z`);
  const round = [
    { passageId: "a", sequence: 0, plannedArrival: planned(9, 0), arrivedAt: null as Date | null },
    { passageId: "b", sequence: 1, plannedArrival: planned(9, 40), arrivedAt: null as Date | null },
    { passageId: "c", sequence: 2, plannedArrival: planned(10, 15), arrivedAt: null as Date | null },
  ];

  it("estimates nothing before the first synced arrival", () => {
    expect(estimateDelays(round)).toEqual([]);
  });

  it("carries the lateness at the last stop reached to the stops still to come", () => {
    const progress = round.map((p) => (p.passageId === "a" ? { ...p, arrivedAt: planned(9, 32) } : p));
    expect(estimateDelays(progress)).toEqual([
      { passageId: "b", expectedArrival: planned(10, 12), delayMinutes: 32 },
      { passageId: "c", expectedArrival: planned(10, 47), delayMinutes: 32 },
    ]);
  });

  it("says nothing when the truck is early or on time", () => {
    expect(estimateDelays(round.map((p, i) => (i === 0 ? { ...p, arrivedAt: planned(8, 55) } : p)))).toEqual([]);
  });

  it("steps: nothing up to 15 minutes, then a new message for each further quarter of an hour", () => {
    expect([10, 15, 16, 30, 31, 45, 46].map(delayStep)).toEqual([0, 0, 1, 1, 2, 2, 3]);
    expect(roundedDelay(32)).toBe(30);
    expect(roundedDelay(33)).toBe(35);
  });
});
