/** Whoever tries the demo as a resident or relay, on any day at any hour, finds a passage to order for. */
import { addDays, zonedToInstant } from "@tournee/domain/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database.js";
import { DEMO_CODE_RESIDENT_ID, seedDemo } from "./index.js";
import { planDemo } from "./demo-plan.js";

/** A Monday, then every day of that week: each round's eve falls on one of them. */
const DAYS = Array.from({ length: 7 }, (_, i) => addDays("2026-11-23", i));

describe("the demo's coming passages", () => {
  it.each(DAYS)("give every resident and relay household an open passage within the week, seeded on %s at 23:59", (today) => {
    const plan = planDemo(today, new Date(), "hash");
    const lastMinute = zonedToInstant(today, "23:59");
    const weekEnd = zonedToInstant(addDays(today, 7), "23:59");
    const ordering = plan.households.planned.filter((h) => h.accountId !== null || h.relayed);
    expect(ordering.length).toBeGreaterThan(10);
    expect(ordering).toContain(plan.households.codeResident);
    const without = ordering.filter(
      (h) => !plan.rounds.passages.some((p) => p.stopId === h.stopId && new Date(p.cutoffAt).getTime() > lastMinute.getTime() && new Date(p.cutoffAt).getTime() <= weekEnd.getTime()),
    );
    expect(without.map((h) => `${h.name} (${h.village.name})`)).toEqual([]);
  });
});

describe("the one-time code account, once seeded", () => {
  let db: TestDatabase;
  const today = "2026-11-30";
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo(db.prisma, { today });
  });
  afterAll(() => db.close());

  it("reaches a household with a home drop still open to orders the next day", async () => {
    const access = await db.prisma.householdAccess.findFirstOrThrow({ where: { userId: DEMO_CODE_RESIDENT_ID } });
    const stop = await db.prisma.stop.findFirstOrThrow({ where: { householdId: access.householdId, kind: "home_drop" } });
    const open = await db.prisma.passage.findMany({ where: { stopId: stop.id, cutoffAt: { gt: zonedToInstant(addDays(today, 1), "12:00") } } });
    expect(open).toHaveLength(1);
  });
});
