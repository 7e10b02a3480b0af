import { mkdtemp, cp, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database.js";
import { applyMigrations, migrationStatus, MigrationError } from "./apply-migrations.js";
import { readMigrations } from "./migrations-folder.js";
import { schemaPaths } from "./paths.js";
import { diffDatabaseToSchema } from "./schema-diff.js";
import { openScratchDatabase } from "./scratch-database.js";
import { describeSchema } from "../test-support/describe-schema.js";
import { openSchemaEngine } from "./schema-engine.js";
import { toMigrationList } from "./migrations-folder.js";

const backend = process.env.DATABASE_URL ? "PostgreSQL" : "PGlite";
let db: TestDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "tournee-migrations-"));
  await cp(schemaPaths.migrationsDir, dir, { recursive: true });
  return dir;
}

describe(`migrations on ${backend}`, () => {
  it("build a database that matches schema.prisma exactly (no drift)", async () => {
    // Prisma's engine introspects through the PGlite adapter (the pg adapter cannot read the
    // catalogue's "char" columns), so PostgreSQL is compared with a PGlite database built alike.
    const reference = await openScratchDatabase();
    try {
      expect(await diffDatabaseToSchema(reference.adapterFactory, schemaPaths.schemaPath)).toBe("");
      db = await createTestDatabase();
      expect(await describeSchema(db.sql)).toEqual(await describeSchema(reference.sql));
    } finally {
      await reference.close();
    }
  });

  it("apply once: a second run applies nothing", async () => {
    db = await createTestDatabase();
    expect(await applyMigrations(db.sql, schemaPaths.migrationsDir)).toEqual([]);
    const status = await migrationStatus(db.sql, schemaPaths.migrationsDir);
    expect(status.pending).toEqual([]);
    expect(status.applied).toEqual((await readMigrations(schemaPaths.migrationsDir)).map((m) => m.name));
  });

  it("record _prisma_migrations the way Prisma Migrate reads it", async () => {
    db = await createTestDatabase();
    const engine = await openSchemaEngine(db.adapterFactory, schemaPaths.schemaPath);
    try {
      const migrationsList = await toMigrationList(schemaPaths.migrationsDir);
      const filters = { externalTables: [], externalEnums: [] };
      const again = await engine.applyMigrations({ migrationsList, filters });
      expect(again.appliedMigrationNames).toEqual([]);
    } finally {
      engine.free();
    }
    const rows = await db.sql.query<{ checksum: string; applied_steps_count: number }>(
      `SELECT checksum, applied_steps_count FROM "_prisma_migrations"`,
    );
    expect(rows[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.applied_steps_count).toBe(1);
  });

  it("roll a broken migration back whole and keep the data", async () => {
    db = await createTestDatabase();
    await db.prisma.organisation.create({ data: { slug: "keep-me", name: "Épicerie", kind: "social_grocery" } });
    const dir = await copyOfMigrations();
    await mkdir(path.join(dir, "29990101000000_broken"));
    await writeFile(
      path.join(dir, "29990101000000_broken", "migration.sql"),
      `ALTER TABLE "Organisation" ADD COLUMN "motto" TEXT;\nDELETE FROM "Organisation";\nSELECT * FROM "no_such_table";\n`,
    );
    const failure = await applyMigrations(db.sql, dir).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).message).toMatch(/29990101000000_broken failed and was rolled back/);
    expect(await db.prisma.organisation.count({ where: { slug: "keep-me" } })).toBe(1);
    const columns = await db.sql.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'Organisation' AND column_name = 'motto'`);
    expect(columns).toHaveLength(0);
    expect((await migrationStatus(db.sql, dir)).pending).toEqual(["29990101000000_broken"]);
  });

  it("refuse to start on a migration edited after it was applied", async () => {
    db = await createTestDatabase();
    const dir = await copyOfMigrations();
    const [first] = await readMigrations(dir);
    await writeFile(path.join(dir, first!.name, "migration.sql"), `${first!.sql}\n-- edited\n`);
    await expect(applyMigrations(db.sql, dir)).rejects.toThrow(/was edited after it was applied/);
  });

  it("enforce check constraints against a buggy caller", async () => {
    db = await createTestDatabase();
    await expect(
      db.prisma.organisation.create({ data: { slug: "x", name: "X", kind: "partner", cutoffMinute: 2000 } }),
    ).rejects.toThrow();
  });
});
