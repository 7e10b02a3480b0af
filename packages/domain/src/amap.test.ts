import { describe, expect, it } from "vitest";
import { AmapContractInputSchema, basketsInWeek, deliveryWeeks, mondayOf } from "./amap.js";

describe("AMAP delivery weeks", () => {
  it("counts weeks from the Monday of the first date, every N weeks, to the last date", () => {
    expect(mondayOf("2026-12-10")).toBe("2026-12-07");
    expect(mondayOf("2026-12-07")).toBe("2026-12-07");
    expect(mondayOf("2026-12-13")).toBe("2026-12-07");
    expect(deliveryWeeks({ firstDate: "2026-12-09", lastDate: "2027-01-04", everyWeeks: 1 })).toEqual(["2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28", "2027-01-04"]);
    expect(deliveryWeeks({ firstDate: "2026-12-09", lastDate: "2027-01-04", everyWeeks: 2 })).toEqual(["2026-12-07", "2026-12-21", "2027-01-04"]);
  });

  it("gives a skipped basket away, or adds it to the next one taken", () => {
    const weeks = ["2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"];
    const skipped = new Set(["2026-12-14", "2026-12-21"]);
    expect(weeks.map((w) => basketsInWeek(weeks, skipped, "donated", w))).toEqual([1, 0, 0, 1]);
    expect(weeks.map((w) => basketsInWeek(weeks, skipped, "postponed", w))).toEqual([1, 0, 0, 3]);
  });

  it("names the field of a season that ends before it starts", () => {
    const r = AmapContractInputSchema.safeParse({ producerId: crypto.randomUUID(), carrierId: crypto.randomUUID(), name: "Légumes", firstDate: "2027-01-10", lastDate: "2026-12-01", everyWeeks: 1, skipRule: "donated", sizes: [{ name: "Petit", priceCents: 1200 }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(["lastDate"]);
  });
});
