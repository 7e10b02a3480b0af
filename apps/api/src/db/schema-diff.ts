/**
 * Schema comparisons through Prisma's schema engine. The engine's shadow database needs a
 * factory the WebAssembly build doesn't take, so the migrations are applied by our runner to
 * a scratch database and the engine compares that live database with `schema.prisma`.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { writeMigration } from "./migrations-folder.js";
import { openSchemaEngine } from "./schema-engine.js";

const NO_FILTER = { externalTables: [], externalEnums: [] };

export interface SchemaPaths {
  schemaPath: string;
  migrationsDir: string;
}

/**
 * SQL that would bring the database behind `adapter` to the schema; "" when they agree.
 * Used on a database freshly migrated by `applyMigrations`, it detects drift.
 */
export async function diffDatabaseToSchema(adapter: SqlMigrationAwareDriverAdapterFactory, schemaPath: string): Promise<string> {
  const engine = await openSchemaEngine(adapter, schemaPath);
  try {
    const files = [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: path.dirname(schemaPath) },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return emptyIfNoStatements(result.stdout ?? "");
  } finally {
    engine.free();
  }
}

/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql for the schema's changes since the
 * migrations (applied beforehand to the scratch database behind `adapter`); null when none.
 */
export async function createMigration(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  paths: SchemaPaths & { name: string },
): Promise<string | null> {
  const script = await diffDatabaseToSchema(adapter, paths.schemaPath);
  if (!script) return null;
  return writeMigration(paths.migrationsDir, `${timestamp(new Date())}_${paths.name}`, script);
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

function emptyIfNoStatements(script: string): string {
  const meaningful = script
    .split("\n")
    .filter((line) => line.trim() && !line.trim().startsWith("--"))
    .join("\n");
  return meaningful.trim() === "" ? "" : script;
}
