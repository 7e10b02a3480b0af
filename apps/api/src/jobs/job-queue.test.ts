import { afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database.js";
import { describeJobQueueContract } from "./job-queue-contract.js";
import { InProcessQueue } from "./in-process-queue.js";
import { PgBossQueue } from "./pg-boss-queue.js";

describeJobQueueContract("InProcessQueue", async () => new InProcessQueue());
describeJobQueueContract("InProcessQueue, 4 at a time", async () => new InProcessQueue(() => {}, 4));

/** pg-boss needs a PostgreSQL server: it runs when DATABASE_URL is set (see the API's README). */
if (process.env.DATABASE_URL) {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const db of databases) await db.close();
  });
  describeJobQueueContract("PgBossQueue", async () => {
    const db = await createTestDatabase({ migrate: false });
    databases.push(db);
    return new PgBossQueue(db.url!);
  });
  describeJobQueueContract("PgBossQueue, batches of 4", async () => {
    const db = await createTestDatabase({ migrate: false });
    databases.push(db);
    return new PgBossQueue(db.url!, () => {}, "contract", 4);
  });
}
