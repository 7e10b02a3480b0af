import { describeCalibrationStoreContract, describeMatrixCacheContract } from "@tournee/routing/test-support";
import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test-support/test-database.js";
import { PrismaCalibrationStore, PrismaMatrixCache } from "./routing-stores.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

async function emptied(): Promise<TestDatabase> {
  await db.sql.query(`TRUNCATE "RoutingCacheEntry", "RoutingSnap", "RoutingCalibration"`);
  return db;
}

describeMatrixCacheContract("PrismaMatrixCache", async () => new PrismaMatrixCache((await emptied()).prisma));
describeCalibrationStoreContract("PrismaCalibrationStore", async () => new PrismaCalibrationStore((await emptied()).prisma));
