/**
 * Applies pending migrations, each in its own transaction, and records them in
 * `_prisma_migrations` exactly as Prisma Migrate does, so `prisma migrate deploy` and this
 * runner can take turns on one database. Unlike Prisma, a failing migration is rolled back
 * whole: the database stays as it was and the error names the migration.
 */
import { randomUUID } from "node:crypto";
import { readMigrations, type MigrationFileEntry } from "./migrations-folder.js";
import type { SqlRunner } from "./sql-runner.js";

/** The advisory lock key Prisma Migrate uses, so the two never run at once either. */
const PRISMA_MIGRATE_LOCK = 72707369;

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

export async function migrationStatus(db: SqlRunner, migrationsDir: string): Promise<MigrationStatus> {
  const files = await readMigrations(migrationsDir);
  const exists = await db.query<{ present: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`);
  const rows = exists[0]?.present ? await appliedRows(db) : [];
  const done = new Set(rows.filter(isDone).map((r) => r.migration_name));
  return {
    applied: files.filter((f) => done.has(f.name)).map((f) => f.name),
    pending: files.filter((f) => !done.has(f.name)).map((f) => f.name),
  };
}

export async function applyMigrations(db: SqlRunner, migrationsDir: string): Promise<string[]> {
  const files = await readMigrations(migrationsDir);
  return db.withLock(PRISMA_MIGRATE_LOCK, async (conn) => {
    await conn.script(CREATE_MIGRATIONS_TABLE);
    const rows = await appliedRows(conn);
    checkHistory(files, rows);
    const done = new Set(rows.filter(isDone).map((r) => r.migration_name));
    const applied: string[] = [];
    for (const migration of files.filter((f) => !done.has(f.name))) {
      await applyOne(conn, migration);
      applied.push(migration.name);
    }
    return applied;
  });
}

async function applyOne(db: SqlRunner, migration: MigrationFileEntry): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      const id = randomUUID();
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
        [id, migration.checksum, migration.name],
      );
      await tx.script(migration.sql);
      await tx.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      `migration ${migration.name} failed and was rolled back, the database is unchanged: ${reason}. Fix prisma/migrations/${migration.name}/migration.sql (or the data it trips on) and start again.`,
      migration.name,
    );
  }
}

async function appliedRows(db: SqlRunner): Promise<AppliedRow[]> {
  return db.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
  );
}

function isDone(row: AppliedRow): boolean {
  return row.finished_at !== null && row.rolled_back_at === null;
}

function checkHistory(files: MigrationFileEntry[], rows: AppliedRow[]): void {
  const byName = new Map(files.map((f) => [f.name, f]));
  for (const row of rows) {
    if (row.finished_at === null && row.rolled_back_at === null) {
      throw new MigrationError(
        `migration ${row.migration_name} is recorded as failed (started by another tool and never finished): inspect the database, then mark it rolled back before starting again`,
        row.migration_name,
      );
    }
    if (!isDone(row)) continue;
    const file = byName.get(row.migration_name);
    if (!file) {
      throw new MigrationError(
        `the database has migration ${row.migration_name}, which is not in prisma/migrations: this code is older than the database; deploy the newer version`,
        row.migration_name,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `migration ${row.migration_name} was edited after it was applied: restore its original migration.sql and put the change in a new migration`,
        row.migration_name,
      );
    }
  }
}
