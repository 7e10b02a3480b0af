/**
 * On PostgreSQL, two processes' worth of services on one database share the planning queue:
 * a job sent through one is run exactly once, by whichever works first. Runs when DATABASE_URL is set.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.js";
import { openDatabase, type Database } from "../db/open-database.js";
import { seedDemo } from "../seed/index.js";
import type { Services } from "../services.js";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database.js";
import { startPlanning } from "../use-cases/planning/planning-jobs.js";
import { planningQueue, stopPlanningQueue } from "./planning-queue.js";

const url = process.env.DATABASE_URL;
let db: TestDatabase;
let second: Database;
let instances: Services[];

describe.runIf(url)("the planning queue shared by two instances on PostgreSQL", () => {
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo(db.prisma, { today: "2026-03-05" });
    second = await openDatabase({ databaseUrl: db.url });
    const services = (database: Database): Services => ({ db: database, config: { ...loadConfig({ LOG_LEVEL: "silent" }), DATABASE_URL: db.url }, log: pino({ level: "silent" }), now: () => new Date() });
    instances = [services(db), services(second)];
    for (const instance of instances) await planningQueue(instance);
  }, 120_000);
  afterAll(async () => {
    for (const instance of instances) await stopPlanningQueue(instance);
    await second.close();
    await db.close();
  });

  it("runs each job once, whichever instance sent it", async () => {
    const coordinator = await db.prisma.user.findFirstOrThrow({ where: { email: "coordination@tournee.test" }, include: { memberships: true } });
    const grocery = await db.prisma.organisation.findFirstOrThrow({ where: { slug: "demo-epicerie-solidaire-aubusson" } });
    const actor = { userId: coordinator.id, displayName: "", email: coordinator.email, locale: "fr" as const, sessionId: "", csrfToken: "", households: [],
      memberships: coordinator.memberships.map((m) => ({ organisationId: m.organisationId, role: m.role })),
      activeOrganisation: { id: grocery.id, name: grocery.name, kind: grocery.kind } } as unknown as Parameters<typeof startPlanning>[0]["actor"];
    const day = await db.prisma.passage.findFirstOrThrow({ where: { organisationId: grocery.id, status: "scheduled", date: { gte: new Date("2026-03-06") } }, orderBy: { date: "asc" } });
    const job = await startPlanning({ services: instances[1]!, actor, organisationId: grocery.id, date: day.date.toISOString().slice(0, 10), timeLimitSeconds: 1 });
    // Wait for the job to finish, however loaded the machine: the test's own timeout catches a hang.
    while (["queued", "running"].includes((await db.prisma.planningJob.findUniqueOrThrow({ where: { id: job.id } })).status))
      await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await db.prisma.planningJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("succeeded");
    const messages = await db.sql.query<{ state: string; retry_count: number }>(`SELECT state::text AS state, retry_count FROM pgboss.job WHERE name = 'planning'`);
    expect(messages).toEqual([{ state: "completed", retry_count: 0 }]);
  }, 120_000);
});
