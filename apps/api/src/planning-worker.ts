/**
 * A planning worker without HTTP: on PostgreSQL, run as many of these as needed next to the API
 * instances (`node dist/planning-worker.js`, same environment as the API); they share the jobs
 * through the pg-boss queue. Stops after the job in flight on SIGTERM or SIGINT.
 */
import { pino } from "pino";
import { loadConfig } from "./config.js";
import { applyMigrations } from "./db/apply-migrations.js";
import { openDatabase } from "./db/open-database.js";
import { schemaPaths } from "./db/paths.js";
import { planningQueue, stopPlanningQueue } from "./jobs/planning-queue.js";
import type { Services } from "./services.js";

const config = loadConfig();
const log = pino({ level: config.LOG_LEVEL, base: { service: "tournee-planning-worker" } });
if (!config.DATABASE_URL) {
  log.fatal("DATABASE_URL is not set: a separate planning worker needs PostgreSQL (the embedded database plans inside the API process)");
  process.exit(1);
}
const db = await openDatabase({ databaseUrl: config.DATABASE_URL });
await applyMigrations(db.sql, schemaPaths.migrationsDir);
const services: Services = { db, config, log, now: () => new Date() };
await planningQueue(services);
log.info("planning worker ready");
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    log.info({ signal }, "stopping after the job in flight");
    void stopPlanningQueue(services).then(() => db.close()).then(() => process.exit(0));
  });
}
