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

interface Slot { weekday: number | null; date: string | null; fromMinute: number; toMinute: number; available: boolean }
interface DriverView { id: string; availability: Slot[] }

describe("driver availability", () => {
  const path = () => `/api/drivers/${w.users.driverA1.id}/availability`;

  it("replaces the weekly slots and the dated exceptions, weekly first then by date", async () => {
    const res = await coordA.request<DriverView>("PUT", path(), { json: {
      organisationId: w.org.groceryA,
      weekly: [{ weekday: 2, fromMinute: 420, toMinute: 900 }, { weekday: 4, fromMinute: 480, toMinute: 720 }],
      dated: [{ date: "2031-05-14", fromMinute: 0, toMinute: 1440, available: false }, { date: "2031-05-09", fromMinute: 480, toMinute: 720, available: true }],
    } });
    expect(res.status, res.text).toBe(200);
    expect(res.body.availability).toEqual([
      { weekday: 2, date: null, fromMinute: 420, toMinute: 900, available: true },
      { weekday: 4, date: null, fromMinute: 480, toMinute: 720, available: true },
      { weekday: null, date: "2031-05-09", fromMinute: 480, toMinute: 720, available: true },
      { weekday: null, date: "2031-05-14", fromMinute: 0, toMinute: 1440, available: false },
    ]);
  });

  it("keeps the dated exceptions when only the weekly slots are sent", async () => {
    const res = await coordA.request<DriverView>("PUT", path(), { json: { organisationId: w.org.groceryA, weekly: [{ weekday: 1, fromMinute: 420, toMinute: 900 }] } });
    expect(res.status, res.text).toBe(200);
    expect(res.body.availability.map((s) => s.weekday ?? s.date)).toEqual([1, "2031-05-09", "2031-05-14"]);
  });

  it("clears the dated exceptions with an empty list", async () => {
    const res = await coordA.request<DriverView>("PUT", path(), { json: { organisationId: w.org.groceryA, weekly: [], dated: [] } });
    expect(res.body.availability).toEqual([]);
  });

  it("names the field of a slot that ends before it starts", async () => {
    const res = await coordA.request<{ errors: { path: string }[] }>("PUT", path(), { json: {
      organisationId: w.org.groceryA, weekly: [], dated: [{ date: "2031-05-14", fromMinute: 600, toMinute: 540, available: true }],
    } });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e) => e.path)).toContain("dated.0.toMinute");
  });
});
