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

interface Generated { dates: string[]; created: number; existing: number; skipped: { date: string }[] }

describe("tour templates", () => {
  let id: string;

  it("creates a weekly round and generates its passages once, with the published window and the cutoff", async () => {
    const created = await coordA.post<{ id: string; halts: unknown[] }>("/api/tour-templates", {
      organisationId: w.org.groceryA, name: "Tournée du mardi matin", weekday: 2, startDate: "2031-01-01", departureMinute: 480,
      halts: [{ stopId: w.catalogue.stopId, arrivalMinute: 600, dwellMinutes: 20 }],
    });
    expect(created.status, created.text).toBe(201);
    id = created.body.id;
    const first = await coordA.post<Generated>(`/api/tour-templates/${id}/generate`, { from: "2031-01-01", to: "2031-01-31" });
    expect(first.body).toMatchObject({ dates: ["2031-01-07", "2031-01-14", "2031-01-21", "2031-01-28"], created: 4, existing: 0 });
    const again = await coordA.post<Generated>(`/api/tour-templates/${id}/generate`, { from: "2031-01-01", to: "2031-01-31" });
    expect(again.body).toMatchObject({ created: 0, existing: 4 });
    const passage = await app.db.prisma.passage.findFirstOrThrow({ where: { templateId: id, date: new Date("2031-01-07T00:00:00Z") } });
    expect(passage.windowStart.toISOString()).toBe("2031-01-07T08:50:00.000Z");
    expect(passage.windowEnd.toISOString()).toBe("2031-01-07T09:15:00.000Z");
    expect(passage.cutoffAt.toISOString()).toBe("2031-01-06T17:00:00.000Z");
  });

  it("gives a household that needs a home drop a passage at its door, on its available weekday only", async () => {
    const prisma = app.db.prisma;
    const household = await prisma.household.create({
      data: {
        organisationId: w.org.groceryA, name: "M. Porte", addressLine: "Le Bourg", postcode: "23000", city: "Guéret", latitude: 46.18, longitude: 1.88, mobility: "needs_home_drop",
        homeAvailability: [{ weekday: 2, from: 660, to: 720 }, { weekday: 4, from: 600, to: 660 }],
      },
    });
    const stop = await prisma.stop.create({ data: { organisationId: w.org.groceryA, kind: "home_drop", name: "Chez M. Porte", city: "Guéret", latitude: 46.18, longitude: 1.88, householdId: household.id } });
    const generated = await coordA.post<Generated>(`/api/tour-templates/${id}/generate`, { from: "2031-03-01", to: "2031-03-31" });
    expect(generated.status).toBe(200);
    const passages = await prisma.passage.findMany({ where: { stopId: stop.id }, orderBy: { date: "asc" } });
    expect(passages.map((p) => p.date.toISOString().slice(0, 10))).toEqual(generated.body.dates);
    expect(passages[0]!.windowStart.toISOString()).toBe(`${generated.body.dates[0]}T10:00:00.000Z`);
    expect(passages[0]!.windowEnd.toISOString()).toBe(`${generated.body.dates[0]}T11:00:00.000Z`);
    expect(passages[0]!.templateId).toBe(id);
    await prisma.household.update({ where: { id: household.id }, data: { mobility: "comes_to_halt" } });
  });

  it("skips an exception date and marks a passage already generated that day", async () => {
    const res = await coordA.post(`/api/tour-templates/${id}/exceptions`, { date: "2031-01-14", reason: "camion au garage" });
    expect(res.status).toBe(201);
    const generated = await coordA.post<Generated>(`/api/tour-templates/${id}/generate`, { from: "2031-01-01", to: "2031-01-31" });
    expect(generated.body.dates).not.toContain("2031-01-14");
    expect(generated.body.skipped).toEqual([{ date: "2031-01-14", stopId: null, reason: "camion au garage" }]);
    const skipped = await app.db.prisma.passage.findFirstOrThrow({ where: { templateId: id, date: new Date("2031-01-14T00:00:00Z") } });
    expect(skipped.status).toBe("skipped");
  });

  it("removes the exceptions of a date, so the round's dates include it again", async () => {
    const removed = await coordA.request<{ exceptions: unknown[] }>("DELETE", `/api/tour-templates/${id}/exceptions/2031-01-14`);
    expect(removed.status, removed.text).toBe(200);
    expect(removed.body.exceptions).toEqual([]);
    const generated = await coordA.post<Generated>(`/api/tour-templates/${id}/generate`, { from: "2031-01-01", to: "2031-01-31" });
    expect(generated.body.dates).toContain("2031-01-14");
    expect(generated.body.skipped).toEqual([]);
  });

  it("runs fortnightly from its start date", async () => {
    const patched = await coordA.patch(`/api/tour-templates/${id}`, { everyWeeks: 2 });
    expect(patched.status).toBe(200);
    const generated = await coordA.post<Generated>(`/api/tour-templates/${id}/generate`, { from: "2031-02-01", to: "2031-02-28" });
    expect(generated.body.dates).toEqual(["2031-02-04", "2031-02-18"]);
  });

  it("refuses halts out of driving order and stops of another organisation", async () => {
    const bad = await coordA.patch<{ code: string }>(`/api/tour-templates/${id}`, { halts: [{ stopId: w.tours.inB, arrivalMinute: 600, dwellMinutes: 10 }] });
    expect(bad.body.code).toBe("validation_failed");
    const coordB = await app.client().login(w.users.coordB.email, PASSWORD);
    expect((await coordB.post(`/api/tour-templates/${id}/generate`, { from: "2031-01-01", to: "2031-01-31" })).status).toBe(404);
  });
});
