import type { Router } from "express";
import { migrationStatus } from "../db/apply-migrations.js";
import { schemaPaths } from "../db/paths.js";
import type { Services } from "../services.js";
import { sendProblem } from "./problem.js";

/** `/healthz`: the process answers. `/readyz`: the database answers and no migration is pending. */
export function mountHealth(router: Router, services: Services): void {
  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    try {
      await services.db.sql.query("SELECT 1");
      const { pending, applied } = await migrationStatus(services.db.sql, schemaPaths.migrationsDir);
      if (pending.length) return sendProblem(res, "not_ready", `pending migrations: ${pending.join(", ")}`);
      res.json({ status: "ready", database: services.db.kind, migrations: applied.length });
    } catch (error) {
      services.log.warn({ err: error }, "readiness check failed");
      sendProblem(res, "not_ready", "the database does not answer");
    }
  });
}
