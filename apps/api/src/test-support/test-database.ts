/**
 * A fresh, migrated database for one test file: a new database on the PostgreSQL server of
 * DATABASE_URL when it is set, an in-memory PGlite otherwise. Dropped by `close()`.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "../db/apply-migrations.js";
import { openDatabase, type Database } from "../db/open-database.js";
import { schemaPaths } from "../db/paths.js";

export interface TestDatabase extends Database {
  /** The URL of the test database (PostgreSQL) or undefined (PGlite). */
  url: string | undefined;
}

export async function createTestDatabase({ migrate = true } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await openDatabase({ dataDir: "memory://" });
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
