/**
 * A fresh, migrated database for one test file: a new database on the PostgreSQL server of
 * DATABASE_URL when it is set, an in-memory PGlite otherwise. Dropped by `close()`.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations } from "../db/apply-migrations.js";
import { readMigrations } from "../db/migrations-folder.js";
import { openDatabase, type Database } from "../db/open-database.js";
import { schemaPaths } from "../db/paths.js";
import { adminQuery, createServerDatabase } from "../db/server-database.js";
import { openScratchDatabase } from "../db/scratch-database.js";

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
  const server = await createServerDatabase(serverUrl, migrate ? { template: await migratedServerTemplate(serverUrl) } : {});
  const url = server.url;
  const db = await openDatabase({ databaseUrl: url });
  if (migrate) await applyMigrations(db.sql, schemaPaths.migrationsDir);
  return {
    ...db,
    url,
    async close() {
      await db.close();
      await server.drop();
    },
  };
}

/**
 * Starting PGlite from a dump of an already migrated database is several times faster than
 * migrating each test database; the dump is kept in the temp folder, keyed by the migrations.
 */
async function migratedTemplate(): Promise<Blob> {
  const key = await migrationsKey();
  const file = path.join(tmpdir(), `tournee-test-template-${key}.tar`);
  if (existsSync(file)) return new Blob([await readFile(file)]);
  const scratch = await openScratchDatabase();
  try {
    const dump = await scratch.pglite.dumpDataDir("none");
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
    await rename(partial, file);
    return dump;
  } finally {
    await scratch.close();
  }
}

/**
 * On PostgreSQL, copying a migrated database (`CREATE DATABASE … TEMPLATE`) is several times
 * faster than migrating each test database. The template is named after the migrations, built
 * under a name of its own and renamed when complete, so a concurrent test file either sees it
 * whole or builds its own (the loser of the race drops its copy).
 */
async function migratedServerTemplate(serverUrl: string): Promise<string> {
  const name = `tournee_template_${await migrationsKey()}`;
  if (await serverHasDatabase(serverUrl, name)) return name;
  const building = `tournee_building_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${building}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${building}`;
  const db = await openDatabase({ databaseUrl: url.toString() });
  try {
    await applyMigrations(db.sql, schemaPaths.migrationsDir);
  } finally {
    await db.close();
  }
  try {
    await adminQuery(serverUrl, `ALTER DATABASE "${building}" RENAME TO "${name}"`);
  } catch (error) {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
    if (!(await serverHasDatabase(serverUrl, name))) throw error;
  }
  return name;
}

async function migrationsKey(): Promise<string> {
  const migrations = await readMigrations(schemaPaths.migrationsDir);
  return createHash("sha256").update(migrations.map((m) => `${m.name}:${m.checksum}`).join("\n")).digest("hex").slice(0, 16);
}

async function serverHasDatabase(serverUrl: string, name: string): Promise<boolean> {
  const rows = await adminQuery(serverUrl, "SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  return rows.length > 0;
}
