import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { epochDay, fromEpochDay, minutesOfDay, pad2 } from "./local-date.js";
import { instantToZoned, localDateOf, zonedToInstant } from "./time-zone.js";

const iso = (date: string, time: string, zone?: string) => zonedToInstant(date, time, zone).toISOString();
const localDay = fc.integer({ min: epochDay("2000-01-01"), max: epochDay("2100-12-31") }).map(fromEpochDay);
const localTime = fc.integer({ min: 0, max: 1439 }).map((m) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`);
/** Paris's gap is 02:00–02:59 on the last Sunday of March (since 1996). */
const inParisGap = (date: string, time: string) => {
  const day = Number(date.slice(8));
  return date.slice(5, 7) === "03" && day >= 25 && instantToZoned(zonedToInstant(date, "12:00")).weekday === 7 && time.startsWith("02:");
};

describe("zonedToInstant / instantToZoned in Europe/Paris", () => {
  it("uses +01:00 in winter and +02:00 in summer", () => {
    expect(iso("2026-01-15", "08:00")).toBe("2026-01-15T07:00:00.000Z");
    expect(iso("2026-07-15", "08:00")).toBe("2026-07-15T06:00:00.000Z");
    expect(instantToZoned(new Date("2026-07-15T06:00:00Z"))).toEqual({ date: "2026-07-15", time: "08:00", weekday: 3, offsetMinutes: 120 });
  });

  it("moves a time in the spring-forward gap forward by the gap (02:30 → 03:30 CEST)", () => {
    for (const date of ["2026-03-29", "2027-03-28"]) {
      expect(instantToZoned(zonedToInstant(date, "02:30")).time).toBe("03:30");
      expect(zonedToInstant(date, "02:00").getTime()).toBe(zonedToInstant(date, "03:00").getTime());
      expect(instantToZoned(zonedToInstant(date, "01:59")).offsetMinutes).toBe(60);
      expect(instantToZoned(zonedToInstant(date, "03:00")).offsetMinutes).toBe(120);
    }
    expect(iso("2026-03-29", "02:30")).toBe("2026-03-29T01:30:00.000Z");
  });

  it("takes the first of the two 02:30s on the autumn change (still summer time)", () => {
    expect(iso("2026-10-25", "02:30")).toBe("2026-10-25T00:30:00.000Z");
    expect(iso("2027-10-31", "02:30")).toBe("2027-10-31T00:30:00.000Z");
    expect(iso("2026-10-25", "03:00")).toBe("2026-10-25T02:00:00.000Z");
    const second = instantToZoned(new Date("2026-10-25T01:30:00Z"));
    expect(second).toMatchObject({ time: "02:30", offsetMinutes: 60 });
  });

  it("round-trips every wall time that exists: instantToZoned(zonedToInstant(d, t)) = (d, t)", () => {
    fc.assert(fc.property(localDay, localTime, (date, time) => {
      fc.pre(!inParisGap(date, time));
      expect(instantToZoned(zonedToInstant(date, time))).toMatchObject({ date, time });
    }), { numRuns: 300 });
  });

  it("round-trips instants to the minute, except the second pass through the autumn overlap", () => {
    const start = Date.UTC(2000, 0, 1);
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 * 366 * 86_400 }), (seconds) => {
      const instant = new Date(start + seconds * 1000);
      const zoned = instantToZoned(instant);
      const back = zonedToInstant(zoned.date, zoned.time).getTime();
      const minute = Math.floor(instant.getTime() / 60_000) * 60_000;
      const secondPass = zoned.offsetMinutes === 60 && zonedToInstant(zoned.date, zoned.time).getTime() === minute - 3_600_000;
      expect(back === minute || secondPass).toBe(true);
      expect(minutesOfDay(zoned.time)).toBe(Math.round((minute / 60_000 + zoned.offsetMinutes) % 1440 + 1440) % 1440);
    }), { numRuns: 300 });
  });

  it("works for other zones and reports bad zone names and bad instants", () => {
    expect(iso("2026-06-01", "10:00", "America/Cayenne")).toBe("2026-06-01T13:00:00.000Z");
    expect(iso("2026-06-01", "10:00", "UTC")).toBe("2026-06-01T10:00:00.000Z");
    expect(() => zonedToInstant("2026-06-01", "10:00", "Europe/Pariss")).toThrow("time zone 'Europe/Pariss' is not an IANA time zone name");
    expect(() => instantToZoned(new Date(NaN))).toThrow("instant is an invalid Date");
    expect(localDateOf(new Date("2026-01-31T23:30:00Z"))).toBe("2026-02-01");
  });
});
