import type { Site } from "@tournee/domain";
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

it("adds a depot and a farm, moves one, and keeps a retired site from being any vehicle's home", async () => {
  const organisationId = world.org.groceryA;
  const depot = await coordA.post<Site>("/api/sites", { organisationId, kind: "depot", name: "Nouveau dépôt", addressLine: "ZA du Mont", postcode: "23200", city: "Aubusson", latitude: 45.95, longitude: 2.17, openingHours: [{ weekday: 2, from: 360, to: 1080 }] });
  expect(depot.status, depot.text).toBe(201);
  expect(depot.body).toMatchObject({ kind: "depot", country: "FR", postcode: "23200", archived: false, vehicles: [], openingHours: [{ weekday: 2, from: 360, to: 1080 }] });
  const farm = await coordA.post<Site>("/api/sites", { organisationId, kind: "farm", name: "Ferme du Puy", addressLine: "Le Puy", latitude: 45.9, longitude: 2.1 });
  expect(farm.status).toBe(201);

  const moved = await coordA.patch<Site>(`/api/sites/${depot.body.id}`, { latitude: 45.96, longitude: 2.18, addressLine: "ZA du Mont, lot 4" });
  expect([moved.body.latitude, moved.body.longitude, moved.body.addressLine]).toEqual([45.96, 2.18, "ZA du Mont, lot 4"]);
  const wrongPostcode = await coordA.patch<{ errors: { path: string }[] }>(`/api/sites/${depot.body.id}`, { country: "BE" });
  expect([wrongPostcode.status, wrongPostcode.body.errors.map((e) => e.path)]).toEqual([400, ["postcode"]]);
  expect((await coordB.patch(`/api/sites/${depot.body.id}`, { name: "x" })).status).toBe(404);
  expect((await coordB.get<Site[]>("/api/sites")).body.map((s) => s.id)).not.toContain(depot.body.id);

  const van = await coordA.post<{ id: string; homeSite: { id: string } }>("/api/vehicles", { organisationId, name: "Fourgon du Mont", homeSiteId: depot.body.id });
  expect(van.body.homeSite.id).toBe(depot.body.id);
  const inUse = await coordA.patch<{ code: string; detail: string }>(`/api/sites/${depot.body.id}`, { archived: true });
  expect([inUse.status, inUse.body.code]).toEqual([409, "site_in_use"]);
  expect(inUse.body.detail).toContain("Fourgon du Mont");
  expect((await coordA.get<Site[]>("/api/sites")).body.find((s) => s.id === depot.body.id)!.vehicles).toEqual([{ id: van.body.id, name: "Fourgon du Mont" }]);

  expect((await coordA.patch(`/api/vehicles/${van.body.id}`, { homeSiteId: farm.body.id })).status).toBe(200);
  const retired = await coordA.patch<Site>(`/api/sites/${depot.body.id}`, { archived: true });
  expect(retired.body.archived).toBe(true);
  expect((await coordA.get<Site[]>("/api/sites")).body.map((s) => s.id)).not.toContain(depot.body.id);
  expect((await coordA.get<Site[]>("/api/sites?archived=true")).body.map((s) => s.id)).toContain(depot.body.id);
  const back = await coordA.patch<{ errors: { path: string }[] }>(`/api/vehicles/${van.body.id}`, { homeSiteId: depot.body.id });
  expect([back.status, back.body.errors.map((e) => e.path)]).toEqual([400, ["homeSiteId"]]);
});

it("checks a postcode against its country: Andorra, Spain, Belgium; France by default", async () => {
  const site = (postcode: string, country?: string) => coordA.post("/api/sites", { organisationId: world.org.groceryA, kind: "warehouse", name: "Magatzem", addressLine: "Carrer 1", postcode, latitude: 42.5, longitude: 1.5, ...(country ? { country } : {}) });
  expect((await site("AD500", "ad")).status).toBe(201);
  expect((await site("23000", "AD")).status).toBe(400);
  expect((await site("25001", "ES")).status).toBe(201);
  expect((await site("99001", "ES")).status).toBe(400);
  expect((await site("1000", "BE")).status).toBe(201);
  expect((await site("2300")).status).toBe(400);
  expect((await site("23000")).status).toBe(201);
});
