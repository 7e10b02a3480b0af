import type { RelayHousehold } from "@tournee/domain";
import { describe, expect, it } from "vitest";
import { amountToPay, byUrgency, passageState, stillToOrder } from "./relay-week";

const passage = (id: string, cutoffAt: string, open: boolean, order: { status: string; totalCents: number } | null): RelayHousehold["passages"][number] => ({
  id: `00000000-0000-4000-8000-00000000000${id}`, date: cutoffAt.slice(0, 10), stop: { id: "00000000-0000-4000-8000-000000000100", kind: "halt", name: "Place", city: "Bellegarde" },
  windowStart: cutoffAt, windowEnd: cutoffAt, plannedArrival: null, cutoffAt, open, order: order && { id: "00000000-0000-4000-8000-000000000200", shortLines: [], ...order },
});
const household = (name: string, passages: RelayHousehold["passages"]): RelayHousehold => ({
  id: `00000000-0000-4000-8000-0000000001${name.length}`, name, city: "Bellegarde", covers: ["order"], grantedAt: "2026-01-01T10:00:00.000Z", passages,
});

describe("the relay's week", () => {
  it("tells an order to place from one placed, cancelled or too late", () => {
    expect(passageState({ open: true, order: null })).toBe("to-order");
    expect(passageState({ open: true, order: { id: "x", status: "cancelled", totalCents: 500, shortLines: [] } })).toBe("to-order");
    expect(passageState({ open: true, order: { id: "x", status: "confirmed", totalCents: 500, shortLines: [] } })).toBe("ordered");
    expect(passageState({ open: false, order: null })).toBe("closed-none");
    expect(amountToPay({ order: { id: "x", status: "cancelled", totalCents: 500, shortLines: [] } })).toBeNull();
    expect(amountToPay({ order: { id: "x", status: "confirmed", totalCents: 821, shortLines: [] } })).toBe(821);
  });

  it("puts first the households still to order for, soonest cutoff first", () => {
    const done = household("Mme Brunet", [passage("1", "2026-12-07T17:00:00.000Z", true, { status: "confirmed", totalCents: 821 })]);
    const later = household("M. Fournier", [passage("2", "2026-12-09T17:00:00.000Z", true, null)]);
    const sooner = household("Mme Nadaud", [passage("3", "2026-12-07T17:00:00.000Z", true, null)]);
    expect(byUrgency([done, later, sooner]).map((h) => h.name)).toEqual(["Mme Nadaud", "M. Fournier", "Mme Brunet"]);
    expect(stillToOrder([done, later, sooner]).map((x) => x.household.name)).toEqual(["M. Fournier", "Mme Nadaud"]);
  });
});
