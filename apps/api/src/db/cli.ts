/**
 * Database commands that need no engine download:
 *   migrate:create NAME   write a migration for the changes in prisma/schema.prisma
 *   migrate:deploy        apply pending migrations (DATABASE_URL, else PGlite in TOURNEE_DATA_DIR)
 *   migrate:status        list applied and pending migrations
 *   migrate:diff          print the SQL between the migrations and the schema (drift)
 */
import { applyMigrations, migrationStatus } from "./apply-migrations.js";
import { openDatabase } from "./open-database.js";
import { schemaPaths } from "./paths.js";
import { createMigration, diffDatabaseToSchema } from "./schema-diff.js";
import { openScratchDatabase } from "./scratch-database.js";

async function main(command: string | undefined, arg: string | undefined): Promise<number> {
  if (command === "migrate:create" || command === "migrate:diff") {
    const scratch = await openScratchDatabase();
    try {
      if (command === "migrate:diff") {
        const script = await diffDatabaseToSchema(scratch.adapterFactory, schemaPaths.schemaPath);
        console.log(script || "-- the migrations match schema.prisma");
        return script ? 1 : 0;
      }
      if (!arg || !/^[a-z0-9_]+$/.test(arg)) {
        console.error("usage: migrate:create NAME   (NAME in lower_snake_case, e.g. add_vehicle_notes)");
        return 2;
      }
      const folder = await createMigration(scratch.adapterFactory, { ...schemaPaths, name: arg });
      console.log(folder ? `created ${folder}` : "no schema change: no migration created");
      return 0;
    } finally {
      await scratch.close();
    }
  }
  if (command === "migrate:deploy" || command === "migrate:status") {
    const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.TOURNEE_DATA_DIR });
    try {
      if (command === "migrate:status") {
        const status = await migrationStatus(db.sql, schemaPaths.migrationsDir);
        console.log(JSON.stringify(status, null, 2));
        return 0;
      }
      const applied = await applyMigrations(db.sql, schemaPaths.migrationsDir);
      console.log(applied.length ? `applied ${applied.join(", ")}` : "no pending migration");
      return 0;
    } finally {
      await db.close();
    }
  }
  console.error("usage: migrate:create NAME | migrate:deploy | migrate:status | migrate:diff");
  return 2;
}

main(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
