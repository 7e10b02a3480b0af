/**
 * Re-planning a published day on the demo territory: the new plan says what it would change and
 * waits; drivers and residents keep the published plan until it is published, which gives every
 * round a new version (phones download it again). A plan computed before the day changed, or
 * already decided, cannot be published. An order that comes after publication waits on no round
 * until the coordinator, told of it, plans the day again.
 */
import { PlanningProgressSchema, type PlanningJob, type PlanningDay, type RoundAlerts } from "@tournee/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopPlanningQueue } from "../../jobs/planning-queue.js";
import { seedDemo } from "../../seed/index.js";
import { liveWeek } from "../../seed/live-week.js";
import { finishedRun } from "../../test-support/planning-runs.js";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { planMessages } from "../notifications/plan-messages.js";
import { dbDate } from "./coordinated-organisation.js";

const TODAY = "2026-03-05";
/** The demo's next round date, still open to orders and not planned yet (seed/live-week.ts). */
const tuesday = liveWeek(TODAY).rounds.at(-1)!.date;

let app: TestApp;
let coordinator: TestClient;

const finished = (id: string) => finishedRun<PlanningJob>(coordinator, id);

async function plan(): Promise<PlanningJob> {
  const started = await coordinator.post<PlanningJob>(`/api/planning/${tuesday}/jobs`, { timeLimitSeconds: 1 });
  expect(started.status, started.text).toBe(202);
  const job = await finished(started.body.id);
  expect(job.status, job.error ?? "").toBe("succeeded");
  return job;
}

const liveRounds = () => app.db.prisma.tour.findMany({ where: { date: dbDate(tuesday) }, orderBy: { id: "asc" }, select: { id: true, status: true, version: true, vehicleId: true } });
const livePassages = () => app.db.prisma.passage.findMany({ where: { date: dbDate(tuesday) }, orderBy: { id: "asc" }, select: { id: true, tourId: true, sequence: true, plannedArrival: true } });

beforeAll(async () => {
  app = await startTestApp();
  // The clock moves with real time from the demo's today, so a run's progress can be seen moving.
  const start = Date.now();
  Object.defineProperty(app.clock, "now", { get: () => new Date(Date.parse(`${TODAY}T09:00:00Z`) + Date.now() - start) });
  await seedDemo(app.db.prisma, { today: TODAY });
  coordinator = await app.client().login("coordination@tournee.test");
}, 120_000);
afterAll(async () => {
  await stopPlanningQueue(app.services);
  await app.close();
});

describe("re-planning a published day", () => {
  it("shows what would change and keeps the published plan live until the new one is published, with new versions", async () => {
    expect((await plan()).result?.outcome).toBe("stored");
    for (const round of await liveRounds()) expect((await coordinator.post(`/api/tours/${round.id}/publish`)).status).toBe(200);
    const published = await liveRounds();
    const first = published[0]!;
    const other = await app.db.prisma.vehicle.findFirstOrThrow({ where: { active: true, id: { not: first.vehicleId! }, organisation: { tours: { some: { id: first.id } } } } });
    const driverRow = await app.db.prisma.tour.findUniqueOrThrow({ where: { id: first.id }, include: { driver: true } });
    const driver = await app.client().login(driverRow.driver!.email!);
    const versions = async () => Object.fromEntries((await driver.get<{ tours: { id: string; version: number }[] }>("/api/sync/pull")).body.tours.map((t) => [t.id, t.version]));
    const before = await versions();
    expect(before[first.id]).toBe(first.version);

    // A halt of the first round is kept on another vehicle at the next run: the new plan moves it
    // (onto that vehicle, or out of the plan when that vehicle cannot carry its goods).
    const halt = await app.db.prisma.passage.findFirstOrThrow({ where: { tourId: first.id, stop: { kind: "halt" } }, include: { stop: true } });
    expect((await coordinator.post(`/api/tours/${first.id}/passages/${halt.id}/lock`, { vehicleId: other.id })).status).toBe(200);
    const passagesBefore = await livePassages();
    const job = await plan();
    expect(job.result!.outcome).toBe("awaiting_publication");
    expect(job.result!.changes!.moved).toContainEqual(expect.objectContaining({ passageId: halt.id, stopName: halt.stop.name }));
    expect(job.result!.changes!.toleranceMinutes).toBe(15);

    // Nothing moved for drivers and residents.
    expect(await liveRounds()).toEqual(published);
    expect(await livePassages()).toEqual(passagesBefore);
    expect(await versions()).toEqual(before);
    const day = (await coordinator.get<PlanningDay>(`/api/planning/${tuesday}`)).body;
    expect([day.published, day.pendingJobId]).toEqual([true, job.id]);

    const decided = await coordinator.post<PlanningJob>(`/api/planning-jobs/${job.id}/publish`);
    expect(decided.status, decided.text).toBe(200);
    expect(decided.body.result!.outcome).toBe("published");
    const after = await liveRounds();
    expect(after.every((r) => r.status === "published")).toBe(true);
    for (const round of after) {
      const was = published.find((r) => r.vehicleId === round.vehicleId);
      expect(round.version).toBe((was?.version ?? 0) + 1);
    }
    const moved = await app.db.prisma.passage.findUniqueOrThrow({ where: { id: halt.id }, include: { tour: true } });
    expect(moved.tour?.vehicleId ?? null).not.toBe(first.vehicleId);
    const now = await versions();
    expect(now[first.id]).toBe(before[first.id]! + 1);
    expect((await coordinator.get<PlanningDay>(`/api/planning/${tuesday}`)).body.pendingJobId).toBeNull();

    const again = await coordinator.post<{ code: string }>(`/api/planning-jobs/${job.id}/publish`);
    expect([again.status, again.body.code]).toEqual([409, "no_plan_to_publish"]);
  }, 120_000);

  it("refuses to publish a plan computed before the day changed, and lets the coordinator keep the published one", async () => {
    const outdated = await plan();
    const round = await app.db.prisma.tour.findFirstOrThrow({ where: { date: dbDate(tuesday) }, include: { passages: true, steps: true } });
    const order = [...round.passages, ...round.steps].sort((a, b) => a.sequence! - b.sequence!).map((x) => x.id);
    expect((await coordinator.patch(`/api/tours/${round.id}/passages`, { order })).status).toBe(200);
    const rounds = await liveRounds();
    const refused = await coordinator.post<{ code: string }>(`/api/planning-jobs/${outdated.id}/publish`);
    expect([refused.status, refused.body.code]).toEqual([409, "plan_outdated"]);
    expect(await liveRounds()).toEqual(rounds);

    const kept = await plan();
    const discarded = await coordinator.post<PlanningJob>(`/api/planning-jobs/${kept.id}/discard`);
    expect(discarded.body.result!.outcome).toBe("discarded");
    expect((await coordinator.post(`/api/planning-jobs/${kept.id}/publish`)).status).toBe(409);
    expect(await liveRounds()).toEqual(rounds);

    // A newer run replaces a plan still awaiting a decision.
    const older = await plan();
    await plan();
    expect((await coordinator.get<PlanningJob>(`/api/planning-jobs/${older.id}`)).body.result!.outcome).toBe("discarded");
  }, 120_000);

  it("tells the coordinator of an order that comes at a home after the day is published, tells the household no time until a round carries it, and takes it in when the day is planned again", async () => {
    const { prisma } = app.db;
    const organisationId = (await prisma.tour.findFirstOrThrow({ where: { date: dbDate(tuesday) } })).organisationId;
    // A household served at home, with a channel it agreed to, and nothing ordered for Tuesday yet: it is reminded to order.
    const door = await prisma.passage.findFirstOrThrow({
      where: { organisationId, date: dbDate(tuesday), tourId: null, orders: { none: {} }, stop: { kind: "home_drop", household: { consents: { some: { withdrawnAt: null, purpose: { in: ["sms_reminders", "email_reminders", "voice_reminders"] } } } } } },
      include: { stop: true },
    });
    const householdId = door.stop.householdId!;
    const messages = (kind: string) => prisma.notification.findMany({ where: { passageId: door.id, householdId, kind: { startsWith: kind } } });
    await planMessages(app.services);
    expect((await messages("cutoff_reminder")).length).toBeGreaterThan(0);
    expect((await coordinator.get<RoundAlerts>("/api/round-alerts")).body.addedAfterPublication).toEqual([]);

    // It orders by phone before the cutoff; the rounds drivers have do not change by themselves.
    const rounds = await liveRounds();
    const stock = (await prisma.offerStock.findMany({ where: { templateId: door.templateId, date: dbDate(tuesday), offer: { active: true, product: { active: true, compartment: "ambient" } } } })).find((s) => s.quantity > s.reserved);
    const placed = await coordinator.post("/api/orders", { householdId, passageId: door.id, lines: [{ offerId: stock!.offerId, quantity: 1 }], channel: "phone" });
    expect(placed.status, placed.text).toBe(201);
    expect(await liveRounds()).toEqual(rounds);

    // The coordinator is told where she works: the week's alerts and the day's plan, where it is on no round.
    expect((await coordinator.get<RoundAlerts>("/api/round-alerts")).body.addedAfterPublication).toEqual([{ date: tuesday, count: 1, started: false }]);
    const day = (await coordinator.get<PlanningDay>(`/api/planning/${tuesday}`)).body;
    expect(day.leftOut.filter((s) => s.reason === "added_after_publication")).toEqual([expect.objectContaining({ passageId: door.id, stop: expect.objectContaining({ kind: "home_drop" }) })]);
    // The household is not told the truck comes while no round carries it; the coordinators' digest of the day names the day to plan again.
    await planMessages(app.services);
    expect(await messages("day_before")).toEqual([]);
    const me = await prisma.user.findUniqueOrThrow({ where: { email: "coordination@tournee.test" } });
    const digest = await prisma.notification.findFirstOrThrow({ where: { kind: "coordinator_digest", userId: me.id }, orderBy: { createdAt: "desc" } });
    expect(digest.body).toContain("une livraison ajoutée après la publication n'est sur aucune tournée : à replanifier");

    // Planning the day again takes it in; once published, the alert is gone and the time is told the day before.
    const job = await plan();
    expect(job.result!.outcome).toBe("awaiting_publication");
    expect((await coordinator.post(`/api/planning-jobs/${job.id}/publish`)).status).toBe(200);
    expect((await prisma.passage.findUniqueOrThrow({ where: { id: door.id }, include: { tour: true } })).tour?.status).toBe("published");
    expect((await coordinator.get<RoundAlerts>("/api/round-alerts")).body.addedAfterPublication).toEqual([]);
    expect((await coordinator.get<PlanningDay>(`/api/planning/${tuesday}`)).body.leftOut.some((s) => s.reason === "added_after_publication")).toBe(false);
    await planMessages(app.services);
    expect((await messages("day_before")).length).toBeGreaterThan(0);
  }, 120_000);

  it("streams its phase and the share of the time budget spent, every half second", async () => {
    const started = await coordinator.post<PlanningJob>(`/api/planning/${tuesday}/jobs`, { timeLimitSeconds: 3 });
    const res = await fetch(`${app.url}/api/planning-jobs/${started.body.id}/events`, { headers: { cookie: coordinator.cookie! } });
    const events = (await res.text()).trim().split("\n\n").map((block) => ({ event: /^event: (.+)$/m.exec(block)?.[1], data: JSON.parse(/^data: (.+)$/m.exec(block)![1]!) as unknown }));
    expect(events.at(-1)).toMatchObject({ event: "done", data: { status: "succeeded" } });
    const progress = events.filter((e) => e.event === "progress").map((e) => PlanningProgressSchema.parse(e.data));
    const solving = progress.filter((p) => p.phase === "solving");
    expect(solving.length).toBeGreaterThanOrEqual(2);
    expect(solving.every((p) => p.timeLimitMs === 3000 && p.stops > 0)).toBe(true);
    const spent = solving.map((p) => p.solvingMs);
    expect(spent).toEqual([...spent].sort((a, b) => a - b));
    expect(spent.at(-1)!).toBeGreaterThan(spent[0]!);
    expect(solving.some((p) => p.placed !== null)).toBe(true);
  }, 60_000);
});
