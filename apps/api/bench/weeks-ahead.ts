/**
 * Benchmark (not a test): five weeks of the demo territory planned at once, end to end as the
 * planning run does it — make the weeks' passages from the published rounds, read the days, the
 * matrix (the labelled estimate, no OSRM), the periodic solve in a worker thread, and each day's
 * plan written and read back in a rolled-back transaction — and print the time of each part.
 *
 *   npx tsx --conditions=source bench/weeks-ahead.ts [--weeks 5] [--tolerance 10]
 *
 * Aim (issue 17): under 60 s for five weeks. PGlite in memory unless DATABASE_URL is set.
 */
import { parseArgs } from "node:util";
import { addDays } from "@tournee/domain/calendar";
import { pino } from "pino";
import type { Actor } from "../src/auth/actor.js";
import { loadConfig } from "../src/config.js";
import { seedDemo } from "../src/seed/index.js";
import { liveWeek } from "../src/seed/live-week.js";
import { createTestDatabase } from "../src/test-support/test-database.js";
import { planWeeks } from "../src/use-cases/horizon/plan-weeks.js";
import { generatePassages } from "../src/use-cases/templates/generate-passages.js";
import type { Services } from "../src/services.js";

const { values } = parseArgs({ options: { weeks: { type: "string", default: "5" }, tolerance: { type: "string", default: "10" } } });
const weeks = Number(values.weeks);
const today = new Date().toISOString().slice(0, 10);
const db = await createTestDatabase();
try {
  const services: Services = { db, config: loadConfig({ LOG_LEVEL: "silent" }), log: pino({ level: "silent" }), now: () => new Date() };
  await seedDemo(db.prisma, { today });
  const coordinator = await db.prisma.user.findFirstOrThrow({ where: { email: "coordination@tournee.test" } });
  const grocery = await db.prisma.organisation.findFirstOrThrow({ where: { memberships: { some: { userId: coordinator.id, role: "coordinator" } } } });
  const actor = { userId: coordinator.id, displayName: coordinator.displayName, email: coordinator.email, locale: "fr", sessionId: "bench", csrfToken: "bench", memberships: [], households: [],
    activeOrganisation: { id: grocery.id, name: grocery.name, kind: grocery.kind } } as unknown as Actor;
  const from = addDays(liveWeek(today).demoDay, 1);
  const started = performance.now();
  for (const t of await db.prisma.tourTemplate.findMany({ where: { organisationId: grocery.id, active: true } })) await generatePassages({ services, actor, id: t.id, from, to: addDays(from, weeks * 7 - 1) });
  const passagesMs = Math.round(performance.now() - started);
  const { result } = await planWeeks(services, { organisationId: grocery.id, date: from, weeks, toleranceMinutes: Number(values.tolerance), sameDriverMinutes: 30 });
  const total = Math.round(performance.now() - started);
  const planned = result.days.filter((d) => d.status === "planned");
  console.log(`${weeks} weeks of the demo territory from ${from}, tolerance ${values.tolerance} min, database ${db.kind}, times ${result.provider}`);
  console.log("passages ms | read+matrix ms | solve ms | store ms | total ms | days | halts on time | moves | left out | home drops at a rhythm | same driver");
  console.log([passagesMs, result.timingsMs.read, result.timingsMs.solve, result.timingsMs.store, total, planned.length, result.haltsOnTime, result.moves.length,
    planned.reduce((n, d) => n + d.leftOut.length, 0), result.homeDrops.length, `${Math.round(result.sameDriverShare * 100)} %`].join(" | "));
} finally {
  await db.close();
}
