/**
 * Opens the database: a PostgreSQL server when a URL is given, otherwise PGlite (PostgreSQL
 * compiled to WebAssembly) in a folder on disk, running in a thread of its own so its queries
 * never hold the server's event loop. Both are reached the same way, through `pg`, its pool and
 * Prisma's pg adapter: same schema, same SQL, same driver.
 */
import { mkdirSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.js";
import { startEmbeddedPostgres } from "./embedded/embedded-postgres.js";
import { poolRunner, type SqlRunner, type SqlTx } from "./sql-runner.js";

export interface Database {
  kind: "pglite" | "postgres";
  prisma: PrismaClient;
  sql: SqlRunner;
  /**
   * Connections of their own for the read every request makes first, its session: a request that
   * only reads who is signed in (GET /api/auth/me, a coordinator's screen) never queues behind
   * the transactions holding the main pool's connections.
   */
  sessionReads: SqlTx;
  /** For Prisma's schema engine (applying migrations its way). */
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

/**
 * Connections to the embedded database. PGlite has one backend, so they take turns a unit of
 * work (or a transaction) at a time; a few let the next request's query wait in the database's
 * thread while this one's answer is read on the main thread.
 */
const EMBEDDED_CONNECTIONS = 4;
const SESSION_READ_CONNECTIONS = 2;

export async function openDatabase({ databaseUrl, dataDir = "./data", pgliteTemplate }: DatabaseOptions): Promise<Database> {
  if (databaseUrl) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    const reads = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    return onPool("postgres", pool, reads, async () => {
      await Promise.all([pool.end(), reads.end()]);
    });
  }
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const embedded = await startEmbeddedPostgres({
    dataDir,
    template: pgliteTemplate,
    // PostgreSQL's default 128 MB of shared buffers is sized for a server; an embedded
    // database of one organisation's rounds fits in far less, and the process stays small.
    postgresqlconf: ["shared_buffers=32MB"],
  });
  const connection = { user: "postgres", database: "postgres" };
  const pool = new pg.Pool({ ...connection, stream: () => embedded.connect(), max: EMBEDDED_CONNECTIONS });
  const reads = new pg.Pool({ ...connection, stream: () => embedded.connect({ first: true }), max: SESSION_READ_CONNECTIONS });
  return onPool("pglite", pool, reads, async () => {
    await Promise.all([pool.end(), reads.end()]);
    await embedded.close();
  });
}

function onPool(kind: Database["kind"], pool: pg.Pool, reads: pg.Pool, end: () => Promise<void>): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind,
    prisma,
    sql: poolRunner(pool),
    sessionReads: poolRunner(reads),
    adapterFactory: new PrismaPg(pool) as unknown as SqlMigrationAwareDriverAdapterFactory,
    async close() {
      await Promise.all([settled(pool), settled(reads)]);
      await prisma.$disconnect();
      await end();
    },
  };
}

/**
 * Waits until no query runs or waits for a connection (bounded by the longest transaction), so
 * closing finishes what was asked: a pool that ends abandons the queries still waiting.
 */
async function settled(pool: pg.Pool, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((pool.waitingCount > 0 || pool.idleCount < pool.totalCount) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
