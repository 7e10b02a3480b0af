import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { watchData } from "./fingerprint.js";
import { createTestDatabase, type TestDatabase } from "./test-database.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await db.sql.query(`CREATE TABLE "Probe" (n integer)`);
});
afterAll(() => db.close());

describe("watching the data across requests", () => {
  it("sees a row written, and nothing when only reads or a rolled-back write happened", async () => {
    const data = watchData(db.sql);
    await data.settle();
    await db.sql.query(`SELECT count(*) FROM "Probe"`);
    expect(await data.unchanged()).toBe(true);

    await db.sql.query(`INSERT INTO "Probe" VALUES (1)`);
    expect(await data.unchanged()).toBe(false);

    await data.settle();
    await db.sql.query(`DO $$ BEGIN INSERT INTO "Probe" VALUES (2); RAISE EXCEPTION 'refused'; END $$`).catch(() => undefined);
    expect(await data.unchanged()).toBe(true);

    await db.sql.query(`UPDATE "Probe" SET n = 3`);
    expect(await data.unchanged()).toBe(false);
  });
});
