import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";

let app: TestApp;
let w: World;
let coordA: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  w = await buildWorld(app.db.prisma);
  coordA = await app.client().login(w.users.coordA.email, PASSWORD);
});
afterAll(() => app.close());

interface Stock { date: string; quantity: number; reserved: number; templateId: string }

describe("an offer's stock by date", () => {
  const path = () => `/api/offers/${w.catalogue.offers.bread}/stock`;
  const set = (date: string, quantity: number) => coordA.request("PUT", path(), { json: { templateId: w.catalogue.templateId, date, quantity } });

  it("lists the rounds' stock in date order within the period asked", async () => {
    await set("2031-03-18", 40);
    await set("2031-03-04", 25);
    await set("2031-04-01", 10);
    const res = await coordA.get<Stock[]>(`${path()}?from=2031-03-01&to=2031-03-31`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.map((s) => [s.date, s.quantity, s.reserved, s.templateId])).toEqual([
      ["2031-03-04", 25, 0, w.catalogue.templateId],
      ["2031-03-18", 40, 0, w.catalogue.templateId],
    ]);
  });

  it("starts from today, in France, when no start is given", async () => {
    app.clock.now = new Date("2031-03-17T23:30:00Z");
    const later = await app.client().login(w.users.coordA.email, PASSWORD);
    const res = await later.get<Stock[]>(path());
    expect(res.status, res.text).toBe(200);
    expect(res.body.map((s) => s.date)).toEqual(["2031-03-18", "2031-04-01"]);
  });
});
