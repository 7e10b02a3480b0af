/**
 * The server side of the order placement benchmark, in a process of its own as in production:
 * `startServer` on a fresh database (PGlite in a temporary folder, or a new database on the
 * PostgreSQL server of DATABASE_URL), serving the built web app, with the test world and one
 * household per client. Prints one JSON line (the URL and the ids the load needs), then serves
 * until its standard input closes.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pino } from "pino";
import { createServerDatabase } from "../src/db/server-database.js";
import { startServer } from "../src/server.js";
import { addRoundPassage } from "../src/test-support/world-catalogue.js";
import { buildWorld } from "../src/test-support/world.js";

export interface BenchWorld {
  url: string;
  database: string;
  /** The PostgreSQL server's database the bench made (its backends' CPU is counted), if any. */
  databaseName?: string;
  coordinator: string;
  households: string[];
  passageId: string;
  offers: { pasta: string; bread: string };
  templateId: string;
  /** Units of bread on the round: fewer than clients, so they compete for it. */
  scarce: number;
}

const clients = Number(process.env.BENCH_CLIENTS ?? 50);
const scarce = Number(process.env.BENCH_SCARCE ?? 20);
const dataDir = mkdtempSync(path.join(tmpdir(), "tournee-bench-"));
const server = process.env.DATABASE_URL ? await createServerDatabase(process.env.DATABASE_URL) : null;
const clock = new Date("2026-03-20T10:00:00Z");
const running = await startServer({
  port: 0,
  host: "127.0.0.1",
  seed: "none",
  dataDir,
  ...(server ? { databaseUrl: server.url } : {}),
  ...(process.env.BENCH_WEB_DIST ? { webDist: process.env.BENCH_WEB_DIST } : {}),
  env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "error" },
  logger: pino({ level: process.env.LOG_LEVEL ?? "error" }, pino.destination(2)),
  now: () => clock,
  loginLimits: { perAddress: 1000, perAddressAndAccount: 1000, perCodePrefix: 1000, windowMs: 60_000 },
});

const prisma = running.services.db.prisma;
const w = await buildWorld(prisma);
const households = Array.from({ length: clients }, () => randomUUID());
await prisma.household.createMany({
  data: households.map((id, i) => ({ id, organisationId: w.org.groceryA, name: `Foyer ${i}`, addressLine: "1 rue", postcode: "23000", city: "Guéret", latitude: 46.17, longitude: 1.87 })),
});
await prisma.eligibility.createMany({
  data: households.filter((_, i) => i % 2 === 0).map((householdId) => ({
    householdId, organisationId: w.org.groceryA, participationRatePercent: 20, monthlyCapCents: 15000, validFrom: new Date("2026-03-01"), validTo: new Date("2026-08-31"),
  })),
});
const { pasta, bread } = w.catalogue.offers;
const round = { organisationId: w.org.groceryA, stopId: w.catalogue.stopId, templateId: w.catalogue.templateId };
const passage = await addRoundPassage(prisma, round, "2026-04-14", { [pasta]: 100_000, [bread]: scarce });

const world: BenchWorld = {
  url: running.url,
  database: running.services.db.kind,
  ...(server ? { databaseName: new URL(server.url).pathname.slice(1) } : {}),
  coordinator: w.users.coordA.email,
  households,
  passageId: passage.id,
  offers: { pasta, bread },
  templateId: round.templateId,
  scarce,
};
console.log(JSON.stringify(world));

process.stdin.resume();
process.stdin.on("end", () => {
  void (async () => {
    await running.close();
    await server?.drop();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  })();
});
