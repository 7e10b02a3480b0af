import type { Household } from "@tournee/domain";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";

let app: TestApp;
let world: World;
let coordA: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.db.prisma);
  coordA = await app.client().login(world.users.coordA.email, PASSWORD);
});
afterAll(() => app.close());

const homeStop = (householdId: string) => app.db.prisma.stop.findUnique({ where: { householdId } });

it("gives a household that needs home drops its stop, which follows a change of address", async () => {
  const created = await coordA.post<Household>("/api/households", {
    organisationId: world.org.groceryA, name: "Mme Lenoir", addressLine: "4 impasse des Lilas", postcode: "23200", city: "Aubusson", latitude: 45.95, longitude: 2.17,
    mobility: "needs_home_drop", homeAvailability: [{ weekday: 2, from: 540, to: 720 }],
  });
  expect(created.status, created.text).toBe(201);
  expect(created.body.country).toBe("FR");
  expect(await homeStop(created.body.id)).toMatchObject({ kind: "home_drop", name: "Mme Lenoir", latitude: 45.95, longitude: 2.17, archivedAt: null });

  // A pin the coordinator moved stays while the address is the same.
  const stop = (await homeStop(created.body.id))!;
  await coordA.patch(`/api/stops/${stop.id}`, { latitude: 45.951 });
  const renamed = await coordA.patch<Household>(`/api/households/${created.body.id}`, { phone: "05 55 00 00 00" });
  expect(renamed.body.mobility).toBe("needs_home_drop");
  expect(renamed.body.homeAvailability).toEqual([{ weekday: 2, from: 540, to: 720 }]);
  expect((await homeStop(created.body.id))!.latitude).toBe(45.951);

  await coordA.patch(`/api/households/${created.body.id}`, { addressLine: "9 rue Vieille", latitude: 45.96, longitude: 2.18 });
  expect(await homeStop(created.body.id)).toMatchObject({ addressLine: "9 rue Vieille", latitude: 45.96, longitude: 2.18 });
  expect(await app.db.prisma.stop.count({ where: { householdId: created.body.id } })).toBe(1);
});

it("checks a changed postcode against the household's country", async () => {
  const created = await coordA.post<Household>("/api/households", {
    organisationId: world.org.groceryA, name: "Sra. Roca", addressLine: "Carrer Major 1", postcode: "AD400", country: "AD", city: "La Massana", latitude: 42.54, longitude: 1.51,
  });
  expect(created.status, created.text).toBe(201);
  expect(await homeStop(created.body.id)).toBeNull();
  const french = await coordA.patch<{ errors: { path: string }[] }>(`/api/households/${created.body.id}`, { postcode: "23200" });
  expect([french.status, french.body.errors.map((e) => e.path)]).toEqual([400, ["postcode"]]);
  expect((await coordA.patch<Household>(`/api/households/${created.body.id}`, { postcode: "ad700" })).body.postcode).toBe("AD700");
  expect((await coordA.post("/api/households", { organisationId: world.org.groceryA, name: "X", addressLine: "Y", postcode: "AD400", city: "Z", latitude: 42.5, longitude: 1.5 })).status).toBe(400);
});

it("keeps a home-drop frequency and preferred days, refusing a frequency for a household that comes to a halt and a day nobody is at home", async () => {
  const created = await coordA.post<Household>("/api/households", {
    organisationId: world.org.groceryA, name: "M. Faure", addressLine: "2 route de Felletin", postcode: "23200", city: "Aubusson", latitude: 45.95, longitude: 2.17,
    mobility: "needs_home_drop", homeAvailability: [{ weekday: 2, from: 540, to: 720 }, { weekday: 4, from: 840, to: 1020 }], homeDropFrequency: "fortnightly", homeDropDays: [4],
  });
  expect(created.status, created.text).toBe(201);
  expect([created.body.homeDropFrequency, created.body.homeDropDays]).toEqual(["fortnightly", [4]]);

  const away = await coordA.patch<{ code: string; errors: { path: string; message: string }[] }>(`/api/households/${created.body.id}`, { homeDropDays: [4, 5] });
  expect([away.status, away.body.code, away.body.errors.map((e) => e.path)]).toEqual([400, "validation_failed", ["homeDropDays.1"]]);
  const halt = await coordA.patch<{ errors: { path: string }[] }>(`/api/households/${created.body.id}`, { mobility: "comes_to_halt" });
  expect([halt.status, halt.body.errors.map((e) => e.path)]).toEqual([400, ["homeDropFrequency"]]);
  const twice = await coordA.patch<{ errors: { path: string }[] }>(`/api/households/${created.body.id}`, { homeDropDays: [2, 2] });
  expect(twice.status).toBe(400);
  // Nothing refused was saved.
  expect(await app.db.prisma.household.findUnique({ where: { id: created.body.id }, select: { mobility: true, homeDropFrequency: true, homeDropDays: true } }))
    .toEqual({ mobility: "needs_home_drop", homeDropFrequency: "fortnightly", homeDropDays: [4] });

  const monthly = await coordA.patch<Household>(`/api/households/${created.body.id}`, { homeDropFrequency: "monthly", homeDropDays: [2, 4] });
  expect([monthly.status, monthly.body.homeDropFrequency, monthly.body.homeDropDays]).toEqual([200, "monthly", [2, 4]]);
  const onOrder = await coordA.patch<Household>(`/api/households/${created.body.id}`, { homeDropFrequency: null, mobility: "comes_to_halt" });
  expect([onOrder.status, onOrder.body.homeDropFrequency]).toEqual([200, null]);
});
