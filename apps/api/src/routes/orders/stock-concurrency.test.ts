/**
 * Twenty households order the last five units of a round at the same moment: exactly five units
 * are sold, every other request is told clearly that stock ran out, and the stock row agrees
 * with the order lines. Run it on PGlite and on PostgreSQL (DATABASE_URL).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { addRoundPassage } from "../../test-support/world-catalogue.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";

const PARALLEL = 20;
const LAST_UNITS = 5;

let app: TestApp;
let w: World;
let coord: TestClient;
let households: string[];

beforeAll(async () => {
  app = await startTestApp();
  w = await buildWorld(app.db.prisma);
  app.clock.now = new Date("2026-03-20T10:00:00Z");
  households = await Promise.all(
    Array.from({ length: PARALLEL }, async (_, i) =>
      (await app.db.prisma.household.create({ data: { organisationId: w.org.groceryA, name: `Foyer ${i}`, addressLine: "1 rue", postcode: "23000", city: "Guéret", latitude: 46.17, longitude: 1.87 } })).id,
    ),
  );
  coord = await app.client().login(w.users.coordA.email, PASSWORD);
}, 60_000);
afterAll(() => app.close());

async function race(date: string, quantity: number, onShortage: "refuse" | "reduce") {
  const bread = w.catalogue.offers.bread;
  const passage = await addRoundPassage(app.db.prisma, { organisationId: w.org.groceryA, stopId: w.catalogue.stopId, templateId: w.catalogue.templateId }, date, { [bread]: LAST_UNITS });
  const results = await Promise.all(
    households.map((householdId) => coord.post<{ code?: string; detail?: string; lines?: { quantity: number }[] }>("/api/orders", { householdId, passageId: passage.id, onShortage, lines: [{ offerId: bread, quantity }] })),
  );
  const stock = await app.db.prisma.offerStock.findFirstOrThrow({ where: { offerId: bread, templateId: w.catalogue.templateId, date: new Date(`${date}T00:00:00Z`) } });
  const lines = await app.db.prisma.orderLine.aggregate({ _sum: { quantity: true }, where: { offerId: bread, order: { passageId: passage.id, status: "confirmed" } } });
  const sold = results.filter((r) => r.status === 201).reduce((sum, r) => sum + (r.body.lines?.[0]?.quantity ?? 0), 0);
  return { results, stock, sold, storedLines: lines._sum.quantity ?? 0 };
}

describe(`${PARALLEL} parallel orders for the last ${LAST_UNITS} units`, () => {
  it("sells exactly the units left and refuses the rest with what is left", async () => {
    const { results, stock, sold, storedLines } = await race("2026-04-07", 1, "refuse");
    expect(results.filter((r) => r.status === 201)).toHaveLength(LAST_UNITS);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused.map((r) => [r.status, r.body.code])).toEqual(Array.from({ length: PARALLEL - LAST_UNITS }, () => [409, "stock_exhausted"]));
    expect(refused[0]?.body.detail).toContain("Pain de campagne: 0 left, 1 asked");
    expect([sold, storedLines, stock.reserved, stock.quantity]).toEqual([LAST_UNITS, LAST_UNITS, LAST_UNITS, LAST_UNITS]);
  });

  it("with onShortage 'reduce', cuts the last order to what is left and still never oversells", async () => {
    const { results, stock, sold, storedLines } = await race("2026-04-08", 2, "reduce");
    expect(results.filter((r) => r.status === 201).map((r) => r.body.lines?.[0]?.quantity).sort()).toEqual([1, 2, 2]);
    expect(results.filter((r) => r.status !== 201).every((r) => r.status === 409 && r.body.code === "stock_exhausted")).toBe(true);
    expect([sold, storedLines, stock.reserved]).toEqual([LAST_UNITS, LAST_UNITS, LAST_UNITS]);
  });

  it("on a one-off passage, takes from that date's one-off stock, not from a round's of the same day, and cancelling gives it back", async () => {
    const { prisma } = app.db;
    const bread = w.catalogue.offers.bread;
    const date = new Date("2026-04-09T00:00:00Z");
    const passage = await prisma.passage.create({
      data: { organisationId: w.org.groceryA, stopId: w.catalogue.stopId, date, templateId: null,
        windowStart: new Date("2026-04-09T09:00:00Z"), windowEnd: new Date("2026-04-09T09:30:00Z"), cutoffAt: new Date("2026-04-08T16:00:00Z") },
    });
    const oneOff = await prisma.offerStock.create({ data: { offerId: bread, templateId: null, date, quantity: LAST_UNITS } });
    const round = await prisma.offerStock.create({ data: { offerId: bread, templateId: w.catalogue.templateId, date, quantity: 100 } });
    const results = await Promise.all(
      households.map((householdId) => coord.post<{ id: string; code?: string }>("/api/orders", { householdId, passageId: passage.id, lines: [{ offerId: bread, quantity: 1 }] })),
    );
    const placed = results.filter((r) => r.status === 201);
    expect(placed).toHaveLength(LAST_UNITS);
    expect(results.filter((r) => r.status !== 201).every((r) => r.status === 409 && r.body.code === "stock_exhausted")).toBe(true);
    const reserved = async () => (await prisma.offerStock.findMany({ where: { id: { in: [oneOff.id, round.id] } }, orderBy: { quantity: "asc" } })).map((s) => s.reserved);
    expect(await reserved()).toEqual([LAST_UNITS, 0]);
    const cancelled = await coord.post<{ status: string }>(`/api/orders/${placed[0]!.body.id}/cancel`);
    expect([cancelled.status, cancelled.body.status]).toEqual([200, "cancelled"]);
    expect(await reserved()).toEqual([LAST_UNITS - 1, 0]);
  });
});
