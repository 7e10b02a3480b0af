import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "./retry-after";

const now = new Date("2026-03-10T09:00:00Z");

describe("parseRetryAfter", () => {
  it("reads a number of seconds", () => {
    expect(parseRetryAfter("120", now)?.toISOString()).toBe("2026-03-10T09:02:00.000Z");
  });
  it("reads an HTTP date", () => {
    expect(parseRetryAfter("Tue, 10 Mar 2026 09:30:00 GMT", now)?.toISOString()).toBe("2026-03-10T09:30:00.000Z");
  });
  it("ignores a missing or unreadable value", () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
  });
});
