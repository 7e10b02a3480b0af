/**
 * End to end on the demo territory: next week's orders → a planning job → stored tours.
 * Every order is on a tour and served inside its window, loads stay within capacity, bread is
 * collected at the bakery before it is handed over. Then two coordinators start the same date.
 */
import { COMPARTMENTS, LEFT_OUT_CAUSES } from "@tournee/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopPlanningQueue } from "../../jobs/planning-queue.js";
import { seedDemo } from "../../seed/index.js";
import { liveWeek } from "../../seed/live-week.js";
import { finishedRun } from "../../test-support/planning-runs.js";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { dbDate } from "./coordinated-organisation.js";
import { readDayPlan } from "./day-plan.js";
import type { PlanProposal } from "./plan-day.js";
import { DIMENSIONS } from "./planning-day.js";

const TODAY = "2026-03-05";
/** The demo's next round date, still open to orders and not planned yet. */
const nextRound = liveWeek(TODAY).rounds.at(-1)!.date;

let app: TestApp;
let coordinator: TestClient;

interface Job { id: string; status: string; bestCost: number | null; error: string | null; result: { unassigned: { passageId: string; reason: string }[]; provider: string } | null }

const finished = (client: TestClient, id: string) => finishedRun<Job>(client, id);

beforeAll(async () => {
  app = await startTestApp();
  await seedDemo(app.db.prisma, { today: TODAY });
  coordinator = await app.client().login("coordination@tournee.test");
}, 120_000);
afterAll(async () => {
  await stopPlanningQueue(app.services);
  await app.close();
});

describe("planning the demo territory", () => {
  it("assigns every order inside its window, within capacity, bread collected before it is handed over", async () => {
    const started = await coordinator.post<Job>(`/api/planning/${nextRound}/jobs`, { timeLimitSeconds: 2 });
    expect(started.status, started.text).toBe(202);
    const job = await finished(coordinator, started.body.id);
    expect(job.status, job.error ?? "").toBe("succeeded");
    expect(job.result?.provider).toBe("estimate");

    const prisma = app.db.prisma;
    const orders = await prisma.order.findMany({ where: { passage: { date: dbDate(nextRound) }, status: { not: "cancelled" } }, include: { passage: true } });
    expect(orders.length).toBeGreaterThan(10);
    for (const { passage } of orders) {
      expect(passage.tourId, `passage ${passage.id}: ${passage.unassignedReason}`).not.toBeNull();
      expect(passage.plannedArrival!.getTime()).toBeGreaterThanOrEqual(passage.windowStart.getTime());
      expect(passage.plannedArrival!.getTime()).toBeLessThanOrEqual(passage.windowEnd.getTime());
    }
    const tours = await prisma.tour.findMany({
      where: { date: dbDate(nextRound) },
      include: { passages: true, steps: true, vehicle: { include: { compartments: true } } },
    });
    expect(tours.length).toBeGreaterThan(0);
    for (const tour of tours) {
      expect(tour.status).toBe("planned");
      expect(tour.geometry).toBeTruthy();
      expect(tour.driverId).not.toBeNull();
      const ambient = tour.vehicle!.compartments.find((c) => c.compartment === "ambient")?.capacity ?? 0;
      for (const stop of [...tour.passages, ...tour.steps]) {
        const load = stop.loadAfter as Record<string, number>;
        for (const d of DIMENSIONS.filter((x) => x !== "ambient" && x !== "bread")) {
          expect(load[d]).toBeLessThanOrEqual(tour.vehicle!.compartments.find((c) => c.compartment === d)?.capacity ?? 0);
        }
        expect(load.ambient).toBeLessThanOrEqual(ambient);
      }
      const pickups = tour.steps.filter((s) => s.kind === "bread_pickup");
      for (const pickup of pickups) {
        const passage = tour.passages.find((p) => p.id === pickup.passageId);
        expect(passage, "bread is handed over with the groceries, by the same tour").toBeDefined();
        expect(pickup.sequence).toBeLessThan(passage!.sequence!);
        expect(pickup.plannedDeparture.getTime()).toBeLessThanOrEqual(passage!.plannedArrival!.getTime());
      }
      expect(new Set(pickups.map((s) => s.sequence)).size, "the bread is collected in one stop at the bakery").toBeLessThanOrEqual(1);
      expect(tour.steps.filter((s) => s.kind === "bread_delivery")).toEqual([]);
      const numbers = [...new Set([...tour.passages.map((p) => p.sequence!), ...tour.steps.map((s) => s.sequence)])].sort((a, b) => a - b);
      expect(numbers, "stops are numbered 0, 1, 2… without gaps").toEqual(numbers.map((_, i) => i));
    }
    expect(tours.flatMap((t) => t.steps).filter((s) => s.kind === "bread_pickup").length).toBeGreaterThan(0);
    const withBread = tours.find((t) => t.steps.length)!;
    const detail = await coordinator.get<{ breadSteps: unknown[]; passages: { loadAfter: Record<string, number> | null }[]; routingProvider: string }>(`/api/tours/${withBread.id}`);
    expect(detail.body.breadSteps).toHaveLength(withBread.steps.length);
    expect(detail.body.routingProvider).toBe("estimate");
    expect(detail.body.passages.every((p) => p.loadAfter !== null)).toBe(true);
  }, 60_000);

  it("gives the second coordinator of the same date a clear conflict, and the cancelled run writes nothing", async () => {
    const before = await app.db.prisma.passage.findMany({ where: { date: dbDate(nextRound) }, orderBy: { id: "asc" }, select: { id: true, tourId: true, sequence: true } });
    const other = await app.client().login("admin@tournee.test");
    const organisationId = (await app.db.prisma.organisation.findFirstOrThrow({ where: { kind: "social_grocery" } })).id;
    const [a, b] = await Promise.all([
      coordinator.post<Job>(`/api/planning/${nextRound}/jobs`, { timeLimitSeconds: 30 }),
      other.post<Job & { code: string; detail: string }>(`/api/planning/${nextRound}/jobs`, { organisationId, timeLimitSeconds: 30 }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([202, 409]);
    const [accepted, refused] = a.status === 202 ? [a, b] : [b, a];
    expect((refused.body as { code: string }).code).toBe("planning_in_progress");
    expect((refused.body as { detail: string }).detail).toContain(accepted.body.id);
    const cancel = await coordinator.post<Job>(`/api/planning-jobs/${accepted.body.id}/cancel`);
    expect(cancel.status).toBe(200);
    expect((await finished(coordinator, accepted.body.id)).status).toBe("cancelled");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const after = await app.db.prisma.passage.findMany({ where: { date: dbDate(nextRound) }, orderBy: { id: "asc" }, select: { id: true, tourId: true, sequence: true } });
    expect(after).toEqual(before);
    expect((await coordinator.post<{ code: string }>(`/api/planning-jobs/${accepted.body.id}/cancel`)).body.code).toBe("job_finished");

    // A run left active by a process that died releases its date once well past its time limit.
    const grocery = await app.db.prisma.organisation.findFirstOrThrow({ where: { kind: "social_grocery" } });
    const user = await app.db.prisma.user.findFirstOrThrow({ where: { email: "coordination@tournee.test" } });
    const stale = await app.db.prisma.planningJob.create({ data: { organisationId: grocery.id, date: dbDate(nextRound), status: "running", createdById: user.id, timeLimitS: 5, createdAt: new Date(Date.now() - 3_600_000) } });
    const again = await coordinator.post<Job>(`/api/planning/${nextRound}/jobs`, { timeLimitSeconds: 1 });
    expect(again.status, again.text).toBe(202);
    expect((await app.db.prisma.planningJob.findUniqueOrThrow({ where: { id: stale.id } })).status).toBe("failed");
    expect((await finished(coordinator, again.body.id)).status).toBe("succeeded");
  }, 60_000);

  it("streams the best cost so far as server-sent events, then the final state", async () => {
    const started = await coordinator.post<Job>(`/api/planning/${nextRound}/jobs`, { timeLimitSeconds: 3 });
    const res = await fetch(`${app.url}/api/planning-jobs/${started.body.id}/events`, { headers: { cookie: coordinator.cookie! } });
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const text = await res.text();
    const events = text.trim().split("\n\n").map((block) => ({ event: /^event: (.+)$/m.exec(block)?.[1], data: JSON.parse(/^data: (.+)$/m.exec(block)![1]!) }));
    expect(events.at(-1)).toMatchObject({ event: "done", data: { status: "succeeded" } });
    expect(events.filter((e) => e.event === "progress").some((e) => typeof e.data.bestCost === "number")).toBe(true);
  }, 60_000);

  it("reports the violations of a coordinator's order, keeps locks at the next run, and bumps the version at each publication", async () => {
    const prisma = app.db.prisma;
    const tour = await prisma.tour.findFirstOrThrow({ where: { date: dbDate(nextRound), steps: { some: {} } }, include: { passages: true, steps: true }, orderBy: { createdAt: "asc" } });
    const order = [...tour.passages, ...tour.steps].sort((a, b) => a.sequence! - b.sequence!).map((x) => x.id);
    const reversed = await coordinator.patch<{ feasible: boolean; violations: { kind: string; tourId: string }[] }>(`/api/tours/${tour.id}/passages`, { order: [...order].reverse() });
    expect(reversed.status, reversed.text).toBe(200);
    expect(reversed.body.feasible).toBe(false);
    expect(reversed.body.violations.map((v) => v.kind)).toContain("time-window");
    const checked = await coordinator.post<{ violations: unknown[] }>(`/api/planning/${nextRound}/check`, {});
    expect(checked.body.violations).toEqual(reversed.body.violations);
    const restored = await coordinator.patch<{ feasible: boolean }>(`/api/tours/${tour.id}/passages`, { order });
    expect(restored.body.feasible).toBe(true);
    const pickups = await prisma.tourStep.findMany({ where: { tourId: tour.id, kind: "bread_pickup" } });
    expect(new Set(pickups.map((s) => s.sequence)).size, "a reordered tour still collects its bread in one stop").toBe(1);

    const halt = tour.passages[0]!;
    const lock = await coordinator.post(`/api/tours/${tour.id}/passages/${halt.id}/lock`, {});
    expect(lock.status, lock.text).toBe(200);
    const job = await coordinator.post<Job>(`/api/planning/${nextRound}/jobs`, { timeLimitSeconds: 1 });
    expect((await finished(coordinator, job.body.id)).status).toBe("succeeded");
    const relocated = await prisma.passage.findUniqueOrThrow({ where: { id: halt.id }, include: { tour: true } });
    expect(relocated.tour?.vehicleId).toBe(tour.vehicleId);

    const first = await coordinator.post<{ version: number; status: string }>(`/api/tours/${relocated.tourId}/publish`);
    const second = await coordinator.post<{ version: number }>(`/api/tours/${relocated.tourId}/publish`);
    expect(first.body.status).toBe("published");
    expect(second.body.version).toBe(first.body.version + 1);

    const other = await prisma.vehicle.findFirstOrThrow({ where: { organisationId: tour.organisationId, id: { not: tour.vehicleId! } } });
    await prisma.vehicle.update({ where: { id: other.id }, data: { active: false } });
    const toRetired = await coordinator.post<{ errors: { path: string }[] }>(`/api/tours/${tour.id}/passages/${halt.id}/lock`, { vehicleId: other.id });
    expect(toRetired.status).toBe(400);
    expect(toRetired.body.errors.map((e) => e.path)).toEqual(["vehicleId"]);
    await prisma.vehicle.update({ where: { id: other.id }, data: { active: true } });

    const published = await prisma.tour.findUniqueOrThrow({ where: { id: relocated.tourId! }, include: { passages: true, steps: true } });
    const same = [...published.passages, ...published.steps].sort((a, b) => a.sequence! - b.sequence!).map((x) => x.id);
    expect((await coordinator.patch(`/api/tours/${published.id}/passages`, { order: same })).status).toBe(200);
    expect((await prisma.tour.findUniqueOrThrow({ where: { id: published.id } })).version).toBe(second.body.version + 1);
  }, 60_000);

  it("says why each stop is left out when one small vehicle goes alone: which compartment, which time, which limit, on that vehicle", async () => {
    const vehicles = await app.db.prisma.vehicle.findMany({ where: { active: true, organisation: { kind: "social_grocery" } }, include: { compartments: true } });
    const room = (v: (typeof vehicles)[number]) => v.compartments.reduce((n, c) => n + c.capacity, 0);
    const small = vehicles.sort((a, b) => room(a) - room(b))[0]!;
    const started = await coordinator.post<Job>(`/api/planning/${nextRound}/jobs`, { timeLimitSeconds: 1, vehicleIds: [small.id] });
    expect(started.status, started.text).toBe(202);
    const job = await finished(coordinator, started.body.id);
    expect(job.status, job.error ?? "").toBe("succeeded");
    const leftOut = (job.result as unknown as { leftOut: { reason: string; causes: { kind: string; vehicles: string[]; compartment?: string }[] }[] }).leftOut.filter((s) => s.reason !== "no_order");
    expect(leftOut.length, "one small vehicle cannot serve the whole day").toBeGreaterThan(0);
    for (const stop of leftOut) {
      expect(stop.causes.length, JSON.stringify(stop)).toBeGreaterThan(0);
      for (const cause of stop.causes) {
        expect(LEFT_OUT_CAUSES).toContain(cause.kind);
        expect(cause.vehicles).toEqual([small.name]);
        if (cause.kind === "capacity") expect(COMPARTMENTS).toContain(cause.compartment);
      }
    }
  }, 60_000);

  it("leaves the bread of a bakery closed that weekday at the bakery, says so, still serves every stop's groceries, and does not visit a home drop that ordered only bread", async () => {
    const prisma = app.db.prisma;
    const bakery = await prisma.site.findFirstOrThrow({ where: { kind: "bakery", archivedAt: null } });
    const weekday = ((new Date(`${nextRound}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const hours = bakery.openingHours as { weekday: number }[];
    expect(hours.some((h) => h.weekday === weekday), "the demo bakery is open on the round's weekday").toBe(true);
    // One home drop of the day orders only bread: its lines are kept aside and put back after.
    const order = await prisma.order.findFirstOrThrow({ where: { passage: { date: dbDate(nextRound), stop: { kind: "home_drop" } }, status: { not: "cancelled" } }, include: { lines: true, passage: { include: { stop: true } } } });
    const loaf = await prisma.offer.findFirstOrThrow({ where: { organisationId: order.organisationId, active: true, product: { compartment: "bread", active: true } }, include: { product: true } });
    const breadOnly = await prisma.orderLine.create({ data: { orderId: order.id, offerId: loaf.id, productId: loaf.productId, quantity: 2, unitPriceCents: loaf.product.referencePriceCents, referenceUnitPriceCents: loaf.product.referencePriceCents, socialPrice: false } });
    await prisma.orderLine.deleteMany({ where: { id: { in: order.lines.map((l) => l.id) } } });
    const withBread = await prisma.passage.count({ where: { date: dbDate(nextRound), orders: { some: { status: { not: "cancelled" }, lines: { some: { product: { compartment: "bread" } } } } } } });
    expect(withBread).toBeGreaterThan(1);
    await prisma.site.update({ where: { id: bakery.id }, data: { openingHours: hours.filter((h) => h.weekday !== weekday) } });
    try {
      const started = await coordinator.post<Job>(`/api/planning/${nextRound}/jobs`, { timeLimitSeconds: 1 });
      const job = await finished(coordinator, started.body.id);
      expect(job.status, job.error ?? "").toBe("succeeded");
      const { warnings, leftOut } = job.result as unknown as { warnings: unknown[]; leftOut: { passageId: string; reason: string }[] };
      expect(warnings, "the stop left out still counts among those whose bread stays at the bakery").toContainEqual({ code: "site_closed", site: { name: bakery.name, kind: "bakery" }, weekday, count: withBread });
      expect(leftOut.filter((s) => s.reason === "site_closed")).toEqual([expect.objectContaining({ passageId: order.passageId })]);
      // Once an earlier case published the day, the new plan awaits publication as rows kept on the job.
      const { proposal, organisationId } = await prisma.planningJob.findUniqueOrThrow({ where: { id: job.id } });
      const plan = (proposal as PlanProposal | null)?.plan ?? (await readDayPlan(prisma, organisationId, nextRound));
      expect(plan.steps.filter((step) => step.kind === "bread_pickup")).toEqual([]);
      const ordered = await prisma.passage.findMany({ where: { date: dbDate(nextRound), orders: { some: { status: { not: "cancelled" } } } } });
      for (const passage of ordered) {
        const planned = plan.passages.find((p) => p.id === passage.id)?.vehicleId;
        if (passage.id === order.passageId) expect(planned, "the home drop that ordered only bread is not visited").toBeFalsy();
        else expect(planned, `passage ${passage.id}`).toBeTruthy();
      }
    } finally {
      await prisma.site.update({ where: { id: bakery.id }, data: { openingHours: hours } });
      await prisma.orderLine.createMany({ data: order.lines });
      await prisma.orderLine.delete({ where: { id: breadOnly.id } });
    }
  }, 60_000);

  it("spreads the work as the coordinator chose, says so on the run, and refuses a choice it does not know, naming the field", async () => {
    const refused = await coordinator.post<{ code: string; errors: { path: string }[] }>(`/api/planning/${nextRound}/jobs`, { timeLimitSeconds: 1, balance: "fair" });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e) => e.path)).toContain("balance");
    for (const balance of ["equal_days", "longest_day"] as const) {
      const started = await coordinator.post<Job & { balance: string }>(`/api/planning/${nextRound}/jobs`, { timeLimitSeconds: 1, balance });
      expect(started.status, started.text).toBe(202);
      expect(started.body.balance).toBe(balance);
      const job = await finished(coordinator, started.body.id);
      expect(job.status, job.error ?? "").toBe("succeeded");
      expect((await app.db.prisma.planningJob.findUniqueOrThrow({ where: { id: job.id } })).balance).toBe(balance);
    }
    const plain = await coordinator.post<Job & { balance: string }>(`/api/planning/${nextRound}/jobs`, { timeLimitSeconds: 1 });
    expect(plain.body.balance).toBe("cheapest");
    expect((await finished(coordinator, plain.body.id)).status).toBe("succeeded");
  }, 90_000);
});
