import { describe, expect, it } from "vitest";
import { pickActingHousehold } from "./acting-household";

const own = { id: "a0000000-0000-4000-8000-000000000001", name: "Foyer Martin", relation: "own" as const };
const neighbour = { id: "a0000000-0000-4000-8000-000000000002", name: "Foyer Roux", relation: "delegated" as const };

describe("pickActingHousehold", () => {
  it("keeps the household chosen last time", () => {
    expect(pickActingHousehold([own, neighbour], neighbour.id)).toBe(neighbour);
  });
  it("falls back to the person's own household when the choice is gone", () => {
    expect(pickActingHousehold([neighbour, own], "a0000000-0000-4000-8000-00000000dead")).toBe(own);
  });
  it("takes the first delegated household for a relay with no household of their own", () => {
    expect(pickActingHousehold([neighbour], null)).toBe(neighbour);
    expect(pickActingHousehold([], null)).toBeUndefined();
  });
});
