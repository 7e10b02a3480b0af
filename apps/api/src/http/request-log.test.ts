import { describe, expect, it } from "vitest";
import { loggedUrl } from "./request-log.js";

describe("access logs", () => {
  it("keep the path and leave out what people searched for", () => {
    expect(loggedUrl("/api/households?search=Dupont")).toBe("/api/households?…");
    expect(loggedUrl("/api/geocoding/search?q=12%20rue%20des%20Lilas&postcode=23200")).toBe("/api/geocoding/search?…");
    expect(loggedUrl("/api/tours/3f0c")).toBe("/api/tours/3f0c");
  });
});
