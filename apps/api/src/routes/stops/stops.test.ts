import type { Stop } from "@tournee/domain";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";

let app: TestApp;
let world: World;
let coordA: TestClient;
let coordB: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.db.prisma);
  coordA = await app.client().login(world.users.coordA.email, PASSWORD);
  coordB = await app.client().login(world.users.coordB.email, PASSWORD);
});
afterAll(() => app.close());

it("adds a halt, moves its pin, hides it from another grocery and archives it", async () => {
  const created = await coordA.post<Stop>("/api/stops", { organisationId: world.org.groceryA, name: "Lavoir", city: "Ahun", latitude: 46.08, longitude: 2.04 });
  expect(created.status).toBe(201);
  const moved = await coordA.patch<Stop>(`/api/stops/${created.body.id}`, { latitude: 46.09, longitude: 2.05 });
  expect([moved.body.latitude, moved.body.longitude]).toEqual([46.09, 2.05]);
  expect((await coordB.patch(`/api/stops/${created.body.id}`, { name: "x" })).status).toBe(404);
  expect((await coordB.get<Stop[]>("/api/stops")).body.map((s) => s.id)).not.toContain(created.body.id);
  await coordA.patch(`/api/stops/${created.body.id}`, { archived: true });
  expect((await coordA.get<Stop[]>("/api/stops")).body.map((s) => s.id)).not.toContain(created.body.id);
});

it("asks for the household of a home drop", async () => {
  const res = await coordA.post<{ errors: { path: string }[] }>("/api/stops", { organisationId: world.org.groceryA, kind: "home_drop", name: "Chez Own", city: "Guéret", latitude: 46.1, longitude: 1.8 });
  expect(res.status).toBe(400);
  expect(res.body.errors[0]!.path).toBe("householdId");
  const ok = await coordA.post("/api/stops", { organisationId: world.org.groceryA, kind: "home_drop", householdId: world.households.own, name: "Chez Own", city: "Guéret", latitude: 46.1, longitude: 1.8 });
  expect(ok.status).toBe(201);
});

it("creates a vehicle with compartments and changes its day", async () => {
  const site = (await coordA.get<{ id: string }[]>("/api/sites")).body[0]!;
  const created = await coordA.post<{ id: string; compartments: unknown[] }>("/api/vehicles", {
    organisationId: world.org.groceryA, name: "Fourgon frigo", homeSiteId: site.id, refrigerated: true,
    compartments: [{ compartment: "ambient", capacity: 800 }, { compartment: "chilled", capacity: 300 }],
  });
  expect(created.status).toBe(201);
  expect(created.body.compartments).toHaveLength(2);
  const bad = await coordA.patch(`/api/vehicles/${created.body.id}`, { workEndMinute: 300 });
  expect(bad.status).toBe(400);
  const changed = await coordA.patch<{ compartments: unknown[] }>(`/api/vehicles/${created.body.id}`, { compartments: [{ compartment: "bread", capacity: 20 }] });
  expect(changed.body.compartments).toEqual([{ compartment: "bread", capacity: 20 }]);
});
