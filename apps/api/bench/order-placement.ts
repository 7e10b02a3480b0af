/**
 * Order placement latency under concurrent clients: N clients POST /api/orders as fast as they
 * can, each order for a different household on the same passage (3 lines, half the households
 * with social prices and a monthly cap), so every request takes the passage's stock row locks.
 * Prints p50/p95/p99 latency and throughput. The server runs in this process on a fresh database:
 * in-memory PGlite, or a new database on the PostgreSQL server of DATABASE_URL.
 *
 *   npx tsx --conditions=source bench/order-placement.ts [--clients 50] [--requests 1500]
 *   DATABASE_URL=postgres://user:pass@localhost/db npx tsx --conditions=source bench/order-placement.ts
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { TestClient } from "../src/test-support/test-app.js";
import { startBenchServer } from "./bench-server.js";
import { addRoundPassage } from "../src/test-support/world-catalogue.js";
import { buildWorld, PASSWORD } from "../src/test-support/world.js";

const { values } = parseArgs({ options: { clients: { type: "string", default: "50" }, requests: { type: "string", default: "1500" }, warmup: { type: "string", default: "100" } } });
const CLIENTS = Number(values.clients);
const REQUESTS = Number(values.requests);
const WARMUP = Number(values.warmup);

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function main(): Promise<void> {
  const app = await startBenchServer();
  try {
    const prisma = app.db.prisma;
    const w = await buildWorld(prisma);
    const households = Array.from({ length: WARMUP + REQUESTS }, () => randomUUID());
    await prisma.household.createMany({
      data: households.map((id, i) => ({ id, organisationId: w.org.groceryA, name: `Foyer ${i}`, addressLine: "1 rue", postcode: "23000", city: "Guéret", latitude: 46.17, longitude: 1.87 })),
    });
    await prisma.eligibility.createMany({
      data: households.filter((_, i) => i % 2 === 0).map((householdId) => ({
        householdId, organisationId: w.org.groceryA, participationRatePercent: 20, monthlyCapCents: 15000, validFrom: new Date("2026-03-01"), validTo: new Date("2026-08-31"),
      })),
    });
    const round = { organisationId: w.org.groceryA, stopId: w.catalogue.stopId, templateId: w.catalogue.templateId };
    const { pasta, bread } = w.catalogue.offers;
    const stock = { [pasta]: 100_000, [bread]: 100_000 };
    const warmupPassage = await addRoundPassage(prisma, round, "2026-04-07", stock);
    const passage = await addRoundPassage(prisma, round, "2026-04-14", stock);
    const client = await new TestClient(app.url).login(w.users.coordA.email, PASSWORD);
    const lines = [{ offerId: pasta, quantity: 2 }, { offerId: bread, quantity: 1 }];

    async function run(ids: string[], passageId: string) {
      const latencies: number[] = [];
      const statuses = new Map<number | string, number>();
      let next = 0;
      const worker = async () => {
        while (next < ids.length) {
          const householdId = ids[next++]!;
          const t0 = performance.now();
          const status = await client.post("/api/orders", { householdId, passageId, lines }).then(
            (res) => res.status,
            (error: Error & { cause?: { code?: string } }) => `${error.cause?.code ?? error.message} after ${((performance.now() - t0) / 1000).toFixed(1)} s`,
          );
          latencies.push(performance.now() - t0);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      };
      const started = performance.now();
      await Promise.all(Array.from({ length: CLIENTS }, worker));
      return { latencies: latencies.sort((a, b) => a - b), statuses, seconds: (performance.now() - started) / 1000 };
    }

    await run(households.slice(0, WARMUP), warmupPassage.id);
    const { latencies, statuses, seconds } = await run(households.slice(WARMUP), passage.id);
    const reserved = await prisma.offerStock.findFirstOrThrow({ where: { offerId: bread, templateId: round.templateId, date: new Date("2026-04-14T00:00:00Z") } });
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    console.log(`database: ${app.db.kind}; ${CLIENTS} concurrent clients; ${REQUESTS} orders (after ${WARMUP} warm-up); Node ${process.version}`);
    console.log(`statuses: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(", ")}; bread reserved ${reserved.reserved} of ${REQUESTS} ordered`);
    console.log(`latency p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1) ?? NaN)}`);
    console.log(`throughput ${(REQUESTS / seconds).toFixed(1)} orders/s over ${seconds.toFixed(1)} s`);
  } finally {
    await app.close();
  }
}

await main();
