/**
 * The few raw SQL operations the migration runner needs, over PGlite or a PostgreSQL pool.
 * `script` runs several statements at once (simple query protocol).
 */
import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

export interface SqlTx {
  script(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface SqlRunner extends SqlTx {
  /** Runs `work` in one transaction: everything it did is rolled back if it throws. */
  transaction<T>(work: (tx: SqlTx) => Promise<T>): Promise<T>;
  /** Runs `work` while holding a session-level advisory lock, so concurrent starts migrate once. */
  withLock<T>(key: number, work: () => Promise<T>): Promise<T>;
}

export function pgliteRunner(db: PGlite): SqlRunner {
  const tx = (q: Pick<PGlite, "exec" | "query">): SqlTx => ({
    script: async (sql) => void (await q.exec(sql)),
    query: async <T>(sql: string, params: unknown[] = []) => (await q.query<T>(sql, params)).rows,
  });
  return {
    ...tx(db),
    transaction: (work) => db.transaction((t) => work(tx(t))),
    // One process owns an embedded database: there is nobody to race with.
    withLock: (_key, work) => work(),
  };
}

export function postgresRunner(pool: pg.Pool): SqlRunner {
  const tx = (c: pg.Pool | pg.PoolClient): SqlTx => ({
    script: async (sql) => void (await c.query(sql)),
    query: async <T>(sql: string, params: unknown[] = []) => (await c.query(sql, params)).rows as T[],
  });
  return {
    ...tx(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(tx(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    async withLock(key, work) {
      const client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1)", [key]);
        return await work();
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [key]).catch(() => undefined);
        client.release();
      }
    },
  };
}
