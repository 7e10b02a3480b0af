/**
 * A vehicle breaks down at 11:00 on the demo day: the stops it has not done go to the other rounds
 * (or are left out with why), nothing done or under way moves, the coordinator sees what moves
 * before publishing, and once published the drivers' phones get the new order at their next sync.
 * Before that, "why this vehicle?" on one of its stops, while the day is as published.
 */
import type { PlanningJob, VehicleAlternatives } from "@tournee/domain";
import type { Round } from "@tournee/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VOLUNTEER_CAR } from "../../seed/plan-volunteer-car.js";
import { finishedRun, startPublishedDemoDay, stopDemoApp } from "../../test-support/planning-runs.js";
import type { TestApp, TestClient } from "../../test-support/test-app.js";
import { dbDate } from "./coordinated-organisation.js";

/** A Thursday: the demo day is today, its rounds published. */
const TODAY = "2026-03-05";
const BROKEN = "Camionnette frigorifique";

let app: TestApp;
let coordinator: TestClient;
let date: string;

const passages = () => app.db.prisma.passage.findMany({
  where: { date: dbDate(date), tourId: { not: null } }, orderBy: { id: "asc" },
  select: { id: true, tourId: true, sequence: true, plannedArrival: true, stop: { select: { name: true } }, tour: { select: { vehicle: { select: { name: true } } } } },
});

beforeAll(async () => {
  ({ app, date, coordinator } = await startPublishedDemoDay(TODAY, "09:40:00"));
}, 120_000);
afterAll(() => stopDemoApp(app));

describe("why this vehicle", () => {
  it("says what moving a stop to each other round would add, or what it would break, scored in plan mode", async () => {
    const van = await app.db.prisma.tour.findFirstOrThrow({ where: { date: dbDate(date), vehicle: { name: BROKEN } } });
    const last = await app.db.prisma.passage.findFirstOrThrow({ where: { tourId: van.id }, orderBy: { sequence: "desc" }, include: { stop: true } });
    const answer = await coordinator.get<VehicleAlternatives>(`/api/tours/${van.id}/passages/${last.id}/alternatives`);
    expect(answer.status, answer.text).toBe(200);
    expect([answer.body.stopName, answer.body.vehicle.name]).toEqual([last.stop.name, BROKEN]);
    expect(answer.body.alternatives.map((a) => a.vehicle.name).sort()).toEqual(["Camion frigorifique", VOLUNTEER_CAR]);
    // The volunteer's car goes out while she works, until 15:30: the last halt, at 15:55, breaks its hours or its window there.
    const small = answer.body.alternatives.find((a) => a.vehicle.name === VOLUNTEER_CAR)!;
    expect(small.breaks.map((b) => b.kind)).toEqual(expect.arrayContaining([expect.stringMatching(/^(working_hours|time_window|max_working_time)$/)]));
    for (const a of answer.body.alternatives) {
      expect(Number.isInteger(a.addedDistanceM) && Number.isInteger(a.addedWorkingS)).toBe(true);
      if (!a.breaks.length) expect(a.arrival).not.toBeNull();
    }
    const elsewhere = await coordinator.get(`/api/tours/${van.id}/passages/${(await app.db.prisma.passage.findFirstOrThrow({ where: { date: dbDate(date), tourId: { not: van.id } } })).id}/alternatives`);
    expect(elsewhere.status).toBe(404);
  });
});

describe("re-planning after a breakdown", () => {
  it("refuses a vehicle with no published round, and a time that is not one, naming the field", async () => {
    const spare = await app.db.prisma.vehicle.create({ data: { organisationId: (await app.db.prisma.vehicle.findFirstOrThrow({ where: { name: BROKEN } })).organisationId, name: "Voiture de prêt", plate: "AA-001-AA", homeSiteId: (await app.db.prisma.vehicle.findFirstOrThrow({ where: { name: BROKEN } })).homeSiteId } });
    const none = await coordinator.post(`/api/planning/${date}/breakdowns`, { vehicleId: spare.id, from: "11:00" });
    expect(none.status).toBe(422);
    expect(none.text).toContain("vehicleId");
    const late = await coordinator.post(`/api/planning/${date}/breakdowns`, { vehicleId: spare.id, from: "25:00" });
    expect([late.status, late.text.includes("from")]).toEqual([400, true]);
  });

  it("moves what the broken-down vehicle had not done, keeps everything done or under way, and the phones follow after publication", async () => {
    const prisma = app.db.prisma;
    const broken = await prisma.tour.findFirstOrThrow({ where: { date: dbDate(date), vehicle: { name: BROKEN } } });
    const truck = await prisma.tour.findFirstOrThrow({ where: { date: dbDate(date), vehicle: { name: "Camion frigorifique" } }, include: { driver: true } });
    // The truck's driver started and synced the first halt at 08:47, as the phone does.
    const firstHalt = await prisma.passage.findFirstOrThrow({ where: { tourId: truck.id }, orderBy: { sequence: "asc" } });
    await prisma.tour.update({ where: { id: truck.id }, data: { status: "in_progress", startedAt: new Date(`${date}T07:30:00Z`) } });
    await prisma.passage.update({ where: { id: firstHalt.id }, data: { arrivedAt: new Date(`${date}T07:47:00Z`), outcome: "visited" } });
    const before = await passages();
    const breakdownAt = new Date(`${date}T10:00:00Z`); // 11:00 in Paris in March
    const versions = async () => Object.fromEntries((await prisma.tour.findMany({ where: { date: dbDate(date) } })).map((t) => [t.id, t.version]));
    const versionsBefore = await versions();

    const started = await coordinator.post<PlanningJob>(`/api/planning/${date}/breakdowns`, { vehicleId: broken.vehicleId, from: "11:00" });
    expect(started.status, started.text).toBe(202);
    expect(started.body.breakdown).toEqual({ vehicleId: broken.vehicleId, from: "11:00" });
    const job = await finishedRun<PlanningJob>(coordinator, started.body.id);
    expect(job.status, job.error ?? "").toBe("succeeded");
    expect(job.result!.outcome).toBe("awaiting_publication");
    const changes = job.result!.changes!;
    const left = before.filter((p) => p.tourId === broken.id && p.plannedArrival! >= breakdownAt);
    expect(left.length).toBeGreaterThan(0);
    // Every stop the broken-down vehicle had left moves to another round (with its new time) or is left out with why.
    for (const p of left) {
      const move = changes.moved.find((m) => m.passageId === p.id);
      expect(move, p.stop.name).toBeDefined();
      expect(move!.from).toBe(BROKEN);
      if (move!.to) expect(move!.at).toBeTruthy();
      else {
        // Left out: the optimiser's causes, or its bread already on board the broken-down vehicle.
        const out = job.result!.leftOut.find((l) => l.passageId === p.id)!;
        expect(out.reason === "broken_down" || out.causes.length > 0, `${p.stop.name}: ${out.detail}`).toBe(true);
      }
    }
    // The demo day gives the volunteer's car one of them (the same plan at every run: the problem does not depend on the rows' ids).
    expect(changes.moved.some((m) => m.to !== null && m.to !== BROKEN)).toBe(true);
    // Nothing changed for drivers until it is published.
    expect(await passages()).toEqual(before);
    expect(await versions()).toEqual(versionsBefore);

    const published = await coordinator.post<PlanningJob>(`/api/planning-jobs/${job.id}/publish`);
    expect(published.status, published.text).toBe(200);
    const after = new Map((await passages()).map((p) => [p.id, p]));
    // Done and under way: the broken-down vehicle's stops before 11:00, the truck's synced halt, and what the others reached by then.
    for (const p of before.filter((x) => x.plannedArrival! < breakdownAt || x.id === firstHalt.id)) {
      expect(after.get(p.id), p.stop.name).toEqual(p);
    }
    expect([...after.values()].filter((p) => p.tourId === broken.id).every((p) => p.plannedArrival! < breakdownAt)).toBe(true);
    expect((await prisma.tour.findUniqueOrThrow({ where: { id: truck.id } })).status).toBe("in_progress");

    // The phone of a driver who received a stop sees a newer version at its next sync, and downloads the new order.
    const gained = changes.moved.find((m) => m.to && m.to !== BROKEN)!;
    const receiving = await prisma.tour.findFirstOrThrow({ where: { date: dbDate(date), vehicle: { name: gained.to! } }, include: { driver: true } });
    const driver = await app.client().login(receiving.driver!.email!);
    const pulled = (await driver.get<{ tours: { id: string; version: number }[] }>("/api/sync/pull")).body.tours.find((t) => t.id === receiving.id)!;
    expect(pulled.version).toBe(versionsBefore[receiving.id]! + 1);
    const round = (await driver.get<Round>(`/api/tours/${receiving.id}/round`)).body;
    expect(round.passages.map((p) => p.id)).toContain(gained.passageId);
    expect(round.passages.find((p) => p.id === gained.passageId)!.plannedArrival).toBe(gained.at);
  });
});
