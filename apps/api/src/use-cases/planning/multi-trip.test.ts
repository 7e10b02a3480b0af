/** A small vehicle that comes back to its depot to reload: the plan, the sheets and the driver's phone show each return. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../seed/index.js";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { planDay } from "./plan-day.js";

/** The demo week seeded on Thursday 5 March: its next round, still open to orders (seed/live-week.ts). */
const DATE = "2026-03-12";
let app: TestApp;
let coordinator: TestClient;
let tourId: string;

interface Reload { trip: number; beforeSequence: number; siteName: string; plannedArrival: string; load: Record<string, number> }

beforeAll(async () => {
  app = await startTestApp();
  await seedDemo(app.db.prisma, { today: "2026-03-05" });
  const grocery = await app.db.prisma.organisation.findFirstOrThrow({ where: { kind: "social_grocery" } });
  coordinator = await app.client().login("coordination@tournee.test");
  // Without bread, so the dry goods alone decide the trips (the demo day's car reloads with bread on board: seed/live-week.test.ts).
  await app.db.prisma.orderLine.deleteMany({ where: { product: { compartment: "bread" }, order: { passage: { date: new Date(`${DATE}T00:00:00Z`) } } } });
  // Alone, a vehicle serves some of the day; with room for only part of those stops' dry goods, it serves them in trips.
  const truck = await app.db.prisma.vehicle.findFirstOrThrow({ where: { organisationId: grocery.id, active: true }, include: { compartments: true }, orderBy: { name: "asc" } });
  const alone = await planDay(app.services, { organisationId: grocery.id, date: DATE, timeLimitSeconds: 1, crew: { vehicleIds: [truck.id] } });
  const served = await app.db.prisma.passage.findMany({ where: { tourId: alone.vehicles[0]!.tourId! }, orderBy: { sequence: "asc" } });
  const dry = [alone.vehicles[0]!.peakLoad.ambient ?? 0, ...served.map((p) => (p.loadAfter as Record<string, number>).ambient ?? 0)];
  const drops = dry.slice(1).map((after, i) => Math.max(0, dry[i]! - after));
  const room = Math.max(...drops, Math.ceil(dry[0]! / 2));
  expect(room, "the vehicle needs two trips for these stops").toBeLessThan(dry[0]!);
  // Bread gets its own crates (otherwise it takes a share of the dry goods' room).
  const compartments = [...truck.compartments.filter((c) => c.compartment !== "bread").map((c) => ({ compartment: c.compartment, capacity: c.compartment === "ambient" ? room : c.capacity })), { compartment: "bread", capacity: 6 }];
  const saved = await coordinator.patch(`/api/vehicles/${truck.id}`, { compartments, reloadMinutes: 5 });
  expect(saved.status, saved.text).toBe(200);
  const planned = await planDay(app.services, { organisationId: grocery.id, date: DATE, timeLimitSeconds: 2, crew: { vehicleIds: [truck.id] } });
  // Each trip within the room: the planning page's peak load is the fullest trip's.
  expect(planned.vehicles[0]!.trips).toBeGreaterThan(1);
  expect(planned.vehicles[0]!.peakLoad.ambient).toBeLessThanOrEqual(room);
  tourId = planned.vehicles[0]!.tourId!;
}, 240_000);
afterAll(() => app.close());

describe("multi-trip", () => {
  it("plans returns to the depot, shown between two trips on the planning page, the tour sheet and the loading lists", async () => {
    const detail = (await coordinator.get<{ reloads: Reload[]; passages: { sequence: number }[] }>(`/api/tours/${tourId}`)).body;
    expect(detail.reloads.length).toBeGreaterThan(0);
    const [first] = detail.reloads;
    expect(first).toMatchObject({ trip: 2 });
    expect(detail.passages.some((p) => p.sequence === first!.beforeSequence)).toBe(true);
    expect(Object.values(first!.load).some((v) => v > 0)).toBe(true);

    const sheet = (await coordinator.get(`/api/tours/${tourId}/sheet`)).text;
    expect(sheet).toMatch(/↺ \d\d:\d\d — Retour au dépôt/);
    expect(sheet).toMatch(/Recharger : [^<]*(L de sec|caisses? de pain)/);
    // The return comes right before the first stop of trip 2.
    const reloadAt = sheet.indexOf("Retour au dépôt");
    expect(sheet.slice(reloadAt).match(/<h2>(\d+)\./)?.[1]).toBe(String(first!.beforeSequence + 1));

    const list = (await coordinator.get(`/api/tours/${tourId}/loading-list`)).text;
    expect(list).toContain("Tournée 1 — au départ du dépôt");
    expect(list).toMatch(/Tournée 2 — au retour au dépôt vers \d\d:\d\d/);
    const csv = (await coordinator.get(`/api/tours/${tourId}/loading-list.csv`)).text.replace(/^\uFEFF/, "").trim().split("\r\n").slice(1).map((l) => l.split(";"));
    const tripOfStop = (number: number) => 1 + detail.reloads.filter((r) => r.beforeSequence + 1 <= number).length;
    expect(csv.map((row) => row[8])).toEqual(csv.map((row) => String(tripOfStop(Number(row[1])))));
    expect(new Set(csv.map((r) => r[8]))).toContain("2");
  });

  it("reaches the driver's phone with the round", async () => {
    expect((await coordinator.post(`/api/tours/${tourId}/publish`)).status).toBe(200);
    const tour = await app.db.prisma.tour.findUniqueOrThrow({ where: { id: tourId }, include: { driver: true } });
    const driver = await app.client().login(tour.driver!.email!);
    const round = (await driver.get<{ reloads: Reload[] }>(`/api/tours/${tourId}/round`)).body;
    expect(round.reloads.map((r) => r.trip)).toEqual((await coordinator.get<{ reloads: Reload[] }>(`/api/tours/${tourId}`)).body.reloads.map((r) => r.trip));
  });
});
