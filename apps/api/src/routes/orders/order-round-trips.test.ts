/**
 * Placing and cancelling are the busiest writes at a cutoff, and each statement sent to the
 * database is a round trip that holds a connection (on PGlite, the one backend everyone shares).
 * This counts the statements one order makes, whatever the database, so a change that adds one
 * is a decision rather than an accident. Counted through `pg`, which both databases are reached by.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { addRoundPassage } from "../../test-support/world-catalogue.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";

let app: TestApp;
let w: World;
let coord: TestClient;
let householdId: string;
let passageId: string;
const sent: string[] = [];
const query = pg.Client.prototype.query;

beforeAll(async () => {
  app = await startTestApp();
  w = await buildWorld(app.db.prisma);
  app.clock.now = new Date("2026-03-20T10:00:00Z");
  householdId = (await app.db.prisma.household.create({ data: { organisationId: w.org.groceryA, name: "Foyer Lebrun", addressLine: "1 rue", postcode: "23000", city: "Guéret", latitude: 46.17, longitude: 1.87 } })).id;
  await app.db.prisma.eligibility.create({ data: { householdId, organisationId: w.org.groceryA, participationRatePercent: 30, monthlyCapCents: 15000, validFrom: new Date("2026-03-01"), validTo: new Date("2026-08-31") } });
  const { pasta, bread } = w.catalogue.offers;
  passageId = (await addRoundPassage(app.db.prisma, { organisationId: w.org.groceryA, stopId: w.catalogue.stopId, templateId: w.catalogue.templateId }, "2026-04-14", { [pasta]: 50, [bread]: 5 })).id;
  coord = await app.client().login(w.users.coordA.email, PASSWORD);
  await coord.get("/api/auth/me");
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [statement] = args as [string | { text: string }];
    sent.push(typeof statement === "string" ? statement : statement.text);
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
}, 60_000);
afterAll(async () => {
  pg.Client.prototype.query = query;
  await app.close();
});

async function statementsOf<T>(request: () => Promise<T>): Promise<[T, string[]]> {
  sent.length = 0;
  const result = await request();
  return [result, [...sent]];
}

describe("the statements one order sends to the database", () => {
  it("places in 7 (the session's read, one read, then a transaction of the lock, the standing and one write), cancels in 6, places again in 7", async () => {
    const lines = [{ offerId: w.catalogue.offers.pasta, quantity: 2 }, { offerId: w.catalogue.offers.bread, quantity: 1 }];
    const [placed, placing] = await statementsOf(() => coord.post<{ id: string }>("/api/orders", { householdId, passageId, lines }));
    expect(placed.status).toBe(201);
    expect(placing).toHaveLength(7);
    expect(placing.filter((s) => s === "BEGIN" || s === "COMMIT")).toEqual(["BEGIN", "COMMIT"]);
    const [cancelled, cancelling] = await statementsOf(() => coord.post(`/api/orders/${placed.body.id}/cancel`));
    expect(cancelled.status).toBe(200);
    expect(cancelling).toHaveLength(6);
    const [again, placingAgain] = await statementsOf(() => coord.post<{ id: string }>("/api/orders", { householdId, passageId, lines }));
    expect([again.status, again.body.id]).toEqual([201, placed.body.id]);
    expect(placingAgain).toHaveLength(7);
  });
});
