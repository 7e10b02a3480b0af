/**
 * The demo in motion, started on a weekend (its demo day is then the next Monday): the round of
 * the demo resident's halt is under way and late, from a phone's changes synced the usual way,
 * and so the households further on are told, the coordinator sees it live and the resident at home.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopPlanningQueue } from "../jobs/planning-queue.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { planMessages } from "../use-cases/notifications/plan-messages.js";
import { DEMO_RESIDENT_EMAIL } from "./accounts.js";
import { DEMO_DELAY_MINUTES, publishDemoDay, seedDemo, startDemoRound } from "./index.js";

/** A Sunday, at night in Paris: the demo day is Monday 30 November. */
const TODAY = "2026-11-29";

interface Arrival { passageId: string; delay: { minutes: number; expectedArrival: string } | null }
interface Tour { status: string; delayMinutes: number | null; passages: { id: string; outcome: string; expectedArrival: string | null; plannedArrival: string }[] }

describe("a demo round under way, running late", () => {
  let app: TestApp;
  let tourId: string;
  beforeAll(async () => {
    app = await startTestApp();
    app.clock.now = new Date(`${TODAY}T02:30:00Z`);
    await seedDemo(app.db.prisma, { today: TODAY });
    const day = await publishDemoDay(app.services, TODAY);
    const round = await startDemoRound(app.services, day.date);
    expect(round?.reached).toBe(3);
    tourId = round!.tourId;
  }, 180_000);
  afterAll(async () => {
    await stopPlanningQueue(app.services);
    await app.close();
  });

  it("comes from the driver's phone through sync: arrivals, handovers and payments, with the phone's times and no suspect clock", async () => {
    const prisma = app.db.prisma;
    const tour = await prisma.tour.findUniqueOrThrow({ where: { id: tourId }, include: { passages: { orderBy: { sequence: "asc" } } } });
    expect(tour.status).toBe("in_progress");
    const reached = tour.passages.filter((p) => p.arrivedAt);
    expect(reached).toHaveLength(3);
    for (const p of reached) expect(p.arrivedAt!.getTime() - p.plannedArrival!.getTime()).toBe(DEMO_DELAY_MINUTES * 60_000);
    const applied = await prisma.appliedMutation.findMany({ where: { device: { userId: tour.driverId! } } });
    expect(applied.length).toBeGreaterThan(3);
    expect(applied.every((m) => m.result === "applied")).toBe(true);
    expect(await prisma.handover.count({ where: { order: { passage: { tourId } } } })).toBeGreaterThan(0);
    expect(await prisma.syncChange.count({ where: { tourId, payload: { path: ["clockSuspect"], equals: true } } })).toBe(0);
  });

  it("tells the households further on, the demo resident among them, of the delay", async () => {
    await planMessages(app.services);
    const delays = await app.db.prisma.notification.findMany({ where: { kind: "delay" } });
    expect(delays.length).toBeGreaterThan(0);
    const told = await app.db.prisma.passage.findMany({ where: { id: { in: delays.map((d) => d.passageId!) } } });
    expect(told.every((p) => p.tourId === tourId && !p.arrivedAt)).toBe(true);
    expect(delays.every((d) => d.urgent)).toBe(true);
    expect(delays.every((d) => /a environ 35 minutes de retard/.test(d.body))).toBe(true);
    const resident = await app.db.prisma.household.findFirstOrThrow({ where: { access: { some: { user: { email: DEMO_RESIDENT_EMAIL } } } } });
    expect(delays.some((d) => d.householdId === resident.id)).toBe(true);
  });

  it("shows the coordinator the delay and the times now expected, and the resident her truck's", async () => {
    const coordinator = await app.client().login("coordination@tournee.test");
    const tour = (await coordinator.get<Tour>(`/api/tours/${tourId}`)).body;
    expect(tour.delayMinutes).toBe(DEMO_DELAY_MINUTES);
    const ahead = tour.passages.filter((p) => p.outcome === "pending");
    expect(ahead.length).toBeGreaterThan(0);
    for (const p of ahead) expect(Date.parse(p.expectedArrival!) - Date.parse(p.plannedArrival)).toBe(DEMO_DELAY_MINUTES * 60_000);

    const resident = await app.client().login(DEMO_RESIDENT_EMAIL);
    const me = (await resident.get<{ user: { households: { id: string }[] } }>("/api/auth/me")).body;
    const arrivals = (await resident.get<Arrival[]>(`/api/arrivals?householdId=${me.user.households[0]!.id}`)).body;
    expect(arrivals.filter((a) => a.delay).map((a) => a.delay!.minutes)).toEqual([DEMO_DELAY_MINUTES]);
  });
});
