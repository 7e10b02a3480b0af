/**
 * A fresh, migrated database for one test file: a new database on the PostgreSQL server of
 * DATABASE_URL when it is set, an in-memory PGlite otherwise. Dropped by `close()`.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { applyMigrations } from "../db/apply-migrations.js";
import { readMigrations } from "../db/migrations-folder.js";
import { openDatabase, type Database } from "../db/open-database.js";
import { schemaPaths } from "../db/paths.js";
import { pgliteRunner } from "../db/sql-runner.js";

export interface TestDatabase extends Database {
  /** The URL of the test database (PostgreSQL) or undefined (PGlite). */
  url: string | undefined;
}

export async function createTestDatabase({ migrate = true } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await openDatabase({ dataDir: "memory://", pgliteTemplate: migrate ? await migratedTemplate() : undefined });
    if (migrate) await applyMigrations(db.sql, schemaPaths.migrationsDir);
    return { ...db, url: undefined };
  }
  const name = `tournee_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabase(serverUrl, name);
  const db = await openDatabase({ databaseUrl: url });
  if (migrate) await applyMigrations(db.sql, schemaPaths.migrationsDir);
  return {
    ...db,
    url,
    async close() {
      await db.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Starting PGlite from a dump of an already migrated database is several times faster than
 * migrating each test database; the dump is kept in the temp folder, keyed by the migrations.
 */
async function migratedTemplate(): Promise<Blob> {
  const migrations = await readMigrations(schemaPaths.migrationsDir);
  const key = createHash("sha256").update(migrations.map((m) => `${m.name}:${m.checksum}`).join("\n")).digest("hex").slice(0, 16);
  const file = path.join(tmpdir(), `tournee-test-template-${key}.tar`);
  if (existsSync(file)) return new Blob([await readFile(file)]);
  const db = await PGlite.create("memory://");
  try {
    await applyMigrations(pgliteRunner(db), schemaPaths.migrationsDir);
    const dump = await db.dumpDataDir("none");
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
    await rename(partial, file);
    return dump;
  } finally {
    await db.close();
  }
}
