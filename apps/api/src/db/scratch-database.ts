/**
 * A throw-away in-memory PGlite in this process, with every migration applied, for tools rather
 * than for serving: what Prisma's schema engine compares `schema.prisma` with (it introspects
 * through the PGlite adapter: the pg adapter cannot read the catalogue's "char" columns), and
 * the dump test databases start from. The server's embedded database runs in its own thread
 * (`embedded/`), reached through `pg`.
 */
import { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { applyMigrations } from "./apply-migrations.js";
import { schemaPaths } from "./paths.js";
import type { SqlRunner, SqlTx } from "./sql-runner.js";

export interface ScratchDatabase {
  pglite: PGlite;
  sql: SqlRunner;
  /** For Prisma's schema engine. */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

export async function openScratchDatabase(): Promise<ScratchDatabase> {
  const pglite = await PGlite.create("memory://");
  const sql = pgliteRunner(pglite);
  await applyMigrations(sql, schemaPaths.migrationsDir);
  return { pglite, sql, adapterFactory: new PrismaPGlite(pglite) as unknown as SqlMigrationAwareDriverAdapterFactory, close: () => pglite.close() };
}

function pgliteRunner(db: PGlite): SqlRunner {
  const on = (q: Pick<PGlite, "exec" | "query">): SqlTx => ({
    script: async (sql) => void (await q.exec(sql)),
    query: async <T>(sql: string, params: unknown[] = []) => (await q.query<T>(sql, params)).rows,
  });
  const runner: SqlRunner = {
    ...on(db),
    transaction: (work) => db.transaction((t) => work(on(t))),
    // Nobody else can reach a scratch database: there is nobody to race with.
    withLock: (_key, work) => work(runner),
  };
  return runner;
}
