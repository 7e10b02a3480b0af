import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";

let app: TestApp;
let world: World;

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.db.prisma);
  app.clock.now = new Date("2026-03-09T08:00:00Z");
});
afterAll(() => app.close());

it("gives the planned arrival at the household's halt once the round is published, not before, and whether it is estimated", async () => {
  const prisma = app.db.prisma;
  const passage = await prisma.passage.update({ where: { id: world.passages.driverA1 }, data: { plannedArrival: new Date("2026-03-10T09:12:00Z") } });
  await prisma.household.update({ where: { id: world.households.own }, data: { usualStopId: passage.stopId } });
  await prisma.tour.update({ where: { id: world.tours.driverA1 }, data: { routingProvider: "estimate" } });
  const resident = await app.client().login(world.users.resident.email, PASSWORD);
  const published = await resident.get<{ passageId: string; plannedArrival: string }[]>(`/api/arrivals?householdId=${world.households.own}`);
  expect(published.body).toEqual([{ passageId: passage.id, plannedArrival: "2026-03-10T09:12:00.000Z", source: "estimate" }]);

  await prisma.tour.update({ where: { id: world.tours.driverA1 }, data: { status: "planned" } });
  expect((await resident.get<unknown[]>(`/api/arrivals?householdId=${world.households.own}`)).body).toEqual([]);
  await prisma.tour.update({ where: { id: world.tours.driverA1 }, data: { status: "published" } });
});
