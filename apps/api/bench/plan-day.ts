/**
 * Benchmark (not a test): planning one day of 150 stops (30 halts, 120 home drops) with 3
 * vehicles end to end — read the day, matrix from the OSRM protocol test server (through the
 * database cache), solve in a worker thread, draw and store — and print the time of each part.
 *
 *   npx tsx --conditions=source bench/plan-day.ts [--stops 150] [--time-limit 10] [--runs 2]
 *
 * The second run finds every pair in the matrix cache. PGlite in memory unless DATABASE_URL is set.
 */
import { parseArgs } from "node:util";
import { randomPoints, startProtocolServer } from "@tournee/routing/test-support";
import { pino } from "pino";
import { loadConfig } from "../src/config.js";
import { createTestDatabase } from "../src/test-support/test-database.js";
import { planDay } from "../src/use-cases/planning/plan-day.js";
import type { Services } from "../src/services.js";
import { seedBenchDay } from "./bench-day.js";

const { values } = parseArgs({ options: { stops: { type: "string", default: "150" }, "time-limit": { type: "string", default: "10" }, runs: { type: "string", default: "2" } } });
const stops = Number(values.stops);
const timeLimit = Number(values["time-limit"]);
const osrm = await startProtocolServer();
const db = await createTestDatabase();
try {
  const services: Services = { db, config: { ...loadConfig({ LOG_LEVEL: "silent" }), OSRM_URL: osrm.url }, log: pino({ level: "silent" }), now: () => new Date() };
  const day = await seedBenchDay(db.prisma, randomPoints(stops + 2, 7, { west: 1.95, south: 45.93, east: 2.25, north: 45.98 }), stops);
  console.log(`planning ${stops} stops, 3 vehicles, solver budget ${timeLimit} s, database ${db.kind}, matrix from the OSRM protocol test server (its synthetic times add 20,000 s per degree driven north, so the box is wide and flat)`);
  console.log("run | load ms | matrix ms | solve ms | geometry ms | store ms | total ms | provider | placed | left out | cost");
  for (let run = 1; run <= Number(values.runs); run++) {
    const started = performance.now();
    const result = await planDay(services, { organisationId: day.organisationId, date: day.date, timeLimitSeconds: timeLimit });
    const total = Math.round(performance.now() - started);
    const t = result.timingsMs;
    console.log([run, t.load, t.matrix, t.solve, t.geometry, t.store, total, result.provider, result.totals.placed, result.totals.leftOut, Math.round(result.cost)].join(" | "));
  }
  const reasons = await db.prisma.passage.groupBy({ by: ["unassignedReason"], where: { unassignedReason: { not: null } }, _count: true });
  for (const r of reasons.slice(0, 5)) console.log(`unassigned ×${r._count}: ${r.unassignedReason}`);
  console.log(`OSRM table requests: ${osrm.requests.length}`);
} finally {
  await db.close();
  await osrm.close();
}
