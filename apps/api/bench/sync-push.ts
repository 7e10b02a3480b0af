/**
 * Time to sync a phone's queue: 500 mutations (notes on a passage of the driver's round) pushed
 * in 5 batches of 100, the way the driver app sends its outbox after a day offline (budget 3 s),
 * then the same 500 pushed again, as when the answers were lost (all answered from the registry).
 *
 *   npx tsx --conditions=source bench/sync-push.ts [--mutations 500] [--batch 100]
 *   DATABASE_URL=postgres://user:pass@localhost/db npx tsx --conditions=source bench/sync-push.ts
 */
import { parseArgs } from "node:util";
import { uuidv7, type Mutation, type PushResponse } from "@tournee/sync";
import { TestClient } from "../src/test-support/test-app.js";
import { buildWorld, PASSWORD } from "../src/test-support/world.js";
import { startBenchServer } from "./bench-server.js";

const { values } = parseArgs({ options: { mutations: { type: "string", default: "500" }, batch: { type: "string", default: "100" } } });
const COUNT = Number(values.mutations);
const BATCH = Number(values.batch);

async function main(): Promise<void> {
  const app = await startBenchServer();
  try {
    const w = await buildWorld(app.db.prisma);
    const driver = await new TestClient(app.url).login(w.users.driverA1.email, PASSWORD);
    const queue = (deviceId: string): Mutation[] =>
      Array.from({ length: COUNT }, (_, i) => ({
        id: uuidv7(),
        deviceId,
        seq: i + 1,
        deviceTime: "2026-03-20T09:00:00.000Z",
        kind: "note.added",
        payload: { tourId: w.tours.driverA1, passageId: w.passages.driverA1, text: `note ${i + 1}` },
      }));
    const push = async (mutations: Mutation[]) => {
      const started = performance.now();
      for (let i = 0; i < mutations.length; i += BATCH) {
        const res = await driver.post<PushResponse>("/api/sync/push", { deviceId: mutations[0]!.deviceId, mutations: mutations.slice(i, i + BATCH) });
        const notApplied = res.body.results.filter((r) => r.status !== "applied");
        if (res.status !== 200 || notApplied.length) throw new Error(`push answered ${res.status}; not applied: ${JSON.stringify(notApplied.slice(0, 3))}`);
      }
      return performance.now() - started;
    };
    await push(queue(uuidv7()).slice(0, BATCH)); // warm-up: first queries, JIT
    const mutations = queue(uuidv7());
    const first = await push(mutations);
    const again = await push(mutations);
    console.log(`database: ${app.db.kind}; ${COUNT} mutations in batches of ${BATCH}; Node ${process.version}`);
    console.log(`first push ${first.toFixed(0)} ms (${(first / COUNT).toFixed(1)} ms per mutation; budget 3000 ms for 500)`);
    console.log(`pushed again after lost answers ${again.toFixed(0)} ms`);
  } finally {
    await app.close();
  }
}

await main();
