/**
 * Opens the database: PostgreSQL through `pg` when a URL is given, otherwise PGlite
 * (PostgreSQL compiled to WebAssembly) in a folder on disk. Same schema, same SQL.
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client.js";
import { pgliteRunner, postgresRunner, type SqlRunner } from "./sql-runner.js";

export interface Database {
  kind: "pglite" | "postgres";
  prisma: PrismaClient;
  sql: SqlRunner;
  /** For Prisma's schema engine (creating migrations, drift checks). */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** `postgres://…`: use a PostgreSQL server. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database; `memory://` keeps it in memory (tests). */
  dataDir?: string | undefined;
  /** A PGlite data directory dump to start from (tests start from an already migrated one). */
  pgliteTemplate?: Blob | undefined;
}

export async function openDatabase({ databaseUrl, dataDir = "./data", pgliteTemplate }: DatabaseOptions): Promise<Database> {
  if (databaseUrl) return openPostgres(databaseUrl);
  return openPglite(dataDir, pgliteTemplate);
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const adapterFactory = new PrismaPg(pool) as unknown as SqlMigrationAwareDriverAdapterFactory;
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: "postgres",
    prisma,
    sql: postgresRunner(pool),
    adapterFactory,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string, template: Blob | undefined): Promise<Database> {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  // PostgreSQL's default 128 MB of shared buffers is sized for a server; an embedded
  // database of one organisation's rounds fits in far less, and the process stays small.
  const db = await PGlite.create(dataDir, { postgresqlconf: ["shared_buffers=32MB"], ...(template ? { loadDataDir: template } : {}) });
  const adapterFactory = new PrismaPGlite(db) as unknown as SqlMigrationAwareDriverAdapterFactory;
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    kind: "pglite",
    prisma,
    sql: pgliteRunner(db),
    adapterFactory,
    async close() {
      await prisma.$disconnect();
      await db.close();
    },
  };
}
