/** A first sign-in on the demo finds a week in motion: rounds done, the demo day's rounds published for each driver, next week open. */
import { addDays, instantToZoned, weekdayOf } from "@tournee/domain/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopPlanningQueue } from "../jobs/planning-queue.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { dbDate } from "./dates.js";
import { liveWeek, workingDayAfter } from "./live-week.js";
import { DRIVERS } from "./people.js";
import { VOLUNTEER_CAR } from "./plan-volunteer-car.js";
import { HOME_DROP_VEHICLE } from "./rounds.js";
import { publishDemoDay, seedDemo, type DemoDay } from "./index.js";

/** A Saturday: the demo day is the next Monday, whose orders are still open. */
const TODAY = "2026-11-28";

describe("liveWeek", () => {
  it("is today on a working day, the next Monday on a weekend, with two weeks done before and next week after", () => {
    expect(liveWeek("2026-11-25").demoDay).toBe("2026-11-25");
    expect(liveWeek("2026-11-28").demoDay).toBe("2026-11-30");
    expect(liveWeek("2026-11-29").demoDay).toBe("2026-11-30");
    expect(liveWeek("2026-11-25").rounds).toEqual([
      { date: "2026-11-11", kind: "done" }, { date: "2026-11-18", kind: "done" }, { date: "2026-11-25", kind: "published" }, { date: "2026-12-02", kind: "open" },
    ]);
    expect(workingDayAfter(4, 3)).toBe(2);
    expect(workingDayAfter(1, 0)).toBe(1);
  });
});

describe("the seeded live week", () => {
  let app: TestApp;
  let day: DemoDay;
  beforeAll(async () => {
    app = await startTestApp();
    app.clock.now = new Date(`${TODAY}T10:00:00Z`);
    await seedDemo(app.db.prisma, { today: TODAY });
    day = await publishDemoDay(app.services, TODAY);
  }, 120_000);
  afterAll(async () => {
    await stopPlanningQueue(app.services);
    await app.close();
  });

  it("gives each demo driver a published round on the demo day, with every order of the day on a round", async () => {
    const prisma = app.db.prisma;
    expect(day.date).toBe("2026-11-30");
    // Home drops of households that did not order are left out, as they should be; nothing else is.
    expect(day.unassigned.filter((u) => u.reason !== "no_order")).toEqual([]);
    const tours = await prisma.tour.findMany({ where: { date: dbDate(day.date) }, include: { driver: true, passages: true } });
    expect(tours.every((t) => t.status === "published" && t.version === 1)).toBe(true);
    expect(tours.map((t) => t.driver?.email).sort()).toEqual(DRIVERS.map((d) => d.email).sort());
    const ordered = await prisma.passage.findMany({ where: { date: dbDate(day.date), orders: { some: { status: "confirmed" } } } });
    expect(ordered.length).toBeGreaterThan(20);
    for (const passage of ordered) expect(passage.tourId, passage.unassignedReason ?? "").not.toBeNull();
    expect(await prisma.passage.count({ where: { lockedVehicleId: { not: null } } })).toBe(0);
    const slots = await prisma.driverAvailability.findMany({ where: { weekday: weekdayOf(day.date) } });
    expect(new Set(slots.map((s) => s.driverId)).size).toBe(3);
    expect((await publishDemoDay(app.services, TODAY)).tours).toBe(0);
  });

  it("sends the volunteer's own car on the home drops with her, in two trips: back to the warehouse between them, each within its cool boxes", async () => {
    const prisma = app.db.prisma;
    const tours = await prisma.tour.findMany({ where: { date: dbDate(day.date) }, include: { driver: true, vehicle: { include: { compartments: true, owner: true } }, passages: { include: { stop: true } }, steps: true } });
    expect(tours.map((t) => t.vehicle!.name)).not.toContain(HOME_DROP_VEHICLE);
    const car = tours.find((t) => t.vehicle!.name === VOLUNTEER_CAR)!;
    expect(car.driver!.id).toBe(car.vehicle!.owner!.id);
    expect(car.passages.length).toBeGreaterThan(0);
    expect(car.passages.every((p) => p.stop.kind === "home_drop")).toBe(true);
    const reloads = car.reloads as { trip: number; beforeSequence: number; load: Record<string, number> }[];
    expect(reloads.map((r) => r.trip)).toEqual([2]);
    expect(car.passages.some((p) => p.sequence! < reloads[0]!.beforeSequence) && car.passages.some((p) => p.sequence === reloads[0]!.beforeSequence)).toBe(true);
    // Bread is loaded at the bakery, never at the warehouse.
    expect(reloads[0]!.load.bread).toBe(0);
    for (const stop of [...car.passages, ...car.steps]) {
      for (const [compartment, litres] of Object.entries(stop.loadAfter as Record<string, number>)) {
        if (compartment !== "bread") expect(litres, compartment).toBeLessThanOrEqual(car.vehicle!.compartments.find((c) => c.compartment === compartment)!.capacity);
      }
    }
  });

  it("collects the market gardener's goods at its farm, in its opening hours, before the stops they are handed over at", async () => {
    const steps = await app.db.prisma.tourStep.findMany({ where: { tour: { date: dbDate(day.date) }, kind: { in: ["farm_pickup", "farm_delivery"] } } });
    const pickups = steps.filter((s) => s.kind === "farm_pickup");
    expect(pickups.length).toBeGreaterThan(0);
    const clock = (at: Date) => instantToZoned(at).time;
    for (const pickup of pickups) {
      expect(clock(pickup.plannedDeparture) <= "12:00", clock(pickup.plannedDeparture)).toBe(true);
      expect(clock(pickup.plannedArrival) >= "07:30").toBe(true);
      const delivery = steps.find((s) => s.kind === "farm_delivery" && s.passageId === pickup.passageId && s.siteId === pickup.siteId);
      expect(delivery?.tourId, "handed over by the tour that collected them").toBe(pickup.tourId);
      expect(pickup.sequence).toBeLessThan(delivery!.sequence);
      expect(pickup.plannedDeparture.getTime()).toBeLessThanOrEqual(delivery!.plannedArrival.getTime());
    }
    // The stop is on the driver's phone, the tour sheet and the loading list, loaded at the farm and not at the warehouse.
    const tour = await app.db.prisma.tour.findUniqueOrThrow({ where: { id: pickups[0]!.tourId }, include: { driver: true } });
    const driver = await app.client().login(tour.driver!.email!);
    const round = await driver.get<{ pickups: { source: string; siteName: string; sequence: number; crates: number; products: { productName: string; unit: string }[] }[] }>(`/api/tours/${tour.id}/round`);
    const farm = round.body.pickups.find((p) => p.source === "farm");
    expect(farm).toMatchObject({ siteName: "Ferme des Combes", sequence: pickups[0]!.sequence });
    expect(farm!.crates).toBeGreaterThan(0);
    const coordinator = await app.client().login("coordination@tournee.test");
    const sheet = (await coordinator.get(`/api/tours/${tour.id}/sheet`)).text;
    expect(sheet).toContain("Chargement à la ferme");
    expect(sheet).toContain("à Ferme des Combes.");
    const loading = (await coordinator.get(`/api/tours/${tour.id}/loading-list`)).text;
    expect(loading).toMatch(/À charger à Ferme des Combes \(arrêt n° \d+, Ferme des Combes : \d+ caisses?\)/);
    const csv = (await coordinator.get(`/api/tours/${tour.id}/loading-list.csv`)).text;
    expect(csv).toContain("(chargé à Ferme des Combes)");
    for (const product of farm!.products) expect(loading.split("À charger à Ferme des Combes")[0]).not.toContain(`<td>${product.productName}</td><td>${product.unit}</td>`);
  });

  it("has the two weeks before done: closed rounds, every order handed over or missed, paid at the door but for a few open balances", async () => {
    const prisma = app.db.prisma;
    for (const date of [addDays(day.date, -14), addDays(day.date, -7)]) {
      const tours = await prisma.tour.findMany({ where: { date: dbDate(date) } });
      expect(tours).toHaveLength(3);
      expect(tours.every((t) => t.status === "closed")).toBe(true);
      const orders = await prisma.order.findMany({ where: { passage: { date: dbDate(date) } }, include: { handover: true, lines: true, payments: true, passage: true } });
      expect(orders.length).toBeGreaterThan(30);
      for (const order of orders) {
        expect(order.handover, order.id).not.toBeNull();
        expect(order.passage.tourId).not.toBeNull();
        const delivered = order.lines.reduce((sum, l) => sum + l.unitPriceCents * (l.deliveredQuantity ?? 0), 0);
        const paid = order.payments.reduce((sum, p) => sum + p.amountCents, 0);
        expect(paid).toBeLessThanOrEqual(delivered);
        expect(["delivered", "partially_delivered", "not_collected"]).toContain(order.status);
      }
      expect(orders.filter((o) => o.status === "not_collected").length).toBeGreaterThan(0);
    }
    const owing = await prisma.order.findMany({ where: { status: { in: ["delivered", "partially_delivered"] } }, include: { lines: true, payments: true } });
    const balances = owing.filter((o) => o.payments.reduce((s, p) => s + p.amountCents, 0) < o.lines.reduce((s, l) => s + l.unitPriceCents * (l.deliveredQuantity ?? 0), 0));
    expect(balances.length).toBeGreaterThan(0);
    expect(balances.length).toBeLessThan(10);
  });

  it("keeps next week's orders open, unplanned, with households still to call", async () => {
    const prisma = app.db.prisma;
    const next = addDays(day.date, 7);
    expect(await prisma.tour.count({ where: { date: dbDate(next) } })).toBe(0);
    const passages = await prisma.passage.findMany({ where: { date: dbDate(next) } });
    expect(passages.every((p) => p.cutoffAt.getTime() > app.clock.now.getTime())).toBe(true);
    const households = await prisma.household.count();
    // Households' own orders; AMAP baskets ride on the same passages as orders of their own.
    const orders = await prisma.order.count({ where: { passage: { date: dbDate(next) }, amapSubscriptionId: null } });
    expect(orders / households).toBeGreaterThan(0.2);
    expect(orders / households).toBeLessThan(0.45);
  });
});
