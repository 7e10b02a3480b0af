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

interface Arrival { passageId: string; plannedArrival: string; source: string | null; previousArrival: string | null; delay: unknown }

it("gives the time told at the round's publication, not a re-plan's before it is published, whether it is estimated, and says when a publication moved it by more than 15 minutes", async () => {
  const prisma = app.db.prisma;
  const passage = await prisma.passage.update({ where: { id: world.passages.driverA1 }, data: { plannedArrival: new Date("2026-03-10T09:12:00Z") } });
  await prisma.household.update({ where: { id: world.households.own }, data: { usualStopId: passage.stopId } });
  await prisma.tour.update({ where: { id: world.tours.driverA1 }, data: { routingProvider: "estimate" } });
  const resident = await app.client().login(world.users.resident.email, PASSWORD);
  const coordinator = await app.client().login(world.users.coordA.email, PASSWORD);
  const arrivals = async () => (await resident.get<Arrival[]>(`/api/arrivals?householdId=${world.households.own}`)).body;
  const publish = async () => expect((await coordinator.post(`/api/tours/${world.tours.driverA1}/publish`)).status).toBe(200);

  await publish();
  expect(await arrivals()).toEqual([{ passageId: passage.id, plannedArrival: "2026-03-10T09:12:00.000Z", source: "estimate", previousArrival: null, delay: null }]);

  // A re-plan moves it by 40 minutes: residents keep the time told until it is published again.
  await prisma.passage.update({ where: { id: passage.id }, data: { plannedArrival: new Date("2026-03-10T09:52:00Z") } });
  expect((await arrivals())[0]!.plannedArrival).toBe("2026-03-10T09:12:00.000Z");
  await publish();
  expect(await arrivals()).toEqual([{ passageId: passage.id, plannedArrival: "2026-03-10T09:52:00.000Z", source: "estimate", previousArrival: "2026-03-10T09:12:00.000Z", delay: null }]);

  // Ten minutes more is no news, and the change announced stands; a new big move is announced from the last time told.
  await prisma.passage.update({ where: { id: passage.id }, data: { plannedArrival: new Date("2026-03-10T10:02:00Z") } });
  await publish();
  expect((await arrivals())[0]!.previousArrival).toBe("2026-03-10T09:12:00.000Z");
  await prisma.passage.update({ where: { id: passage.id }, data: { plannedArrival: new Date("2026-03-10T09:20:00Z") } });
  await publish();
  expect((await arrivals())[0]!.previousArrival).toBe("2026-03-10T10:02:00.000Z");
  await publish();
  expect((await arrivals())[0]!.previousArrival).toBe("2026-03-10T10:02:00.000Z");

  await prisma.tour.update({ where: { id: world.tours.driverA1 }, data: { status: "planned" } });
  expect(await arrivals()).toEqual([]);
  await prisma.tour.update({ where: { id: world.tours.driverA1 }, data: { status: "published" } });
});
