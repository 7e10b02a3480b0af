/**
 * The few raw SQL operations the migration runner needs, over a `pg` pool (a PostgreSQL server or
 * the embedded database alike). `script` runs several statements at once (simple query protocol).
 */
import type pg from "pg";

export interface SqlTx {
  script(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface SqlRunner extends SqlTx {
  /** Runs `work` in one transaction: everything it did is rolled back if it throws. */
  transaction<T>(work: (tx: SqlTx) => Promise<T>): Promise<T>;
  /**
   * Runs `work` on one connection holding a session-level advisory lock, so concurrent starts
   * migrate once; `work` gets that connection's runner and must use it.
   */
  withLock<T>(key: number, work: (db: SqlRunner) => Promise<T>): Promise<T>;
}

type Queryable = Pick<pg.PoolClient, "query">;

function on(c: Queryable): SqlTx {
  return {
    script: async (sql) => void (await c.query(sql)),
    query: async <T>(sql: string, params: unknown[] = []) => (await c.query(sql, params)).rows as T[],
  };
}

async function inTransaction<T>(client: Queryable, work: (tx: SqlTx) => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    const result = await work(on(client));
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

async function locked<T>(client: Queryable, key: number, work: () => Promise<T>): Promise<T> {
  await client.query("SELECT pg_advisory_lock($1)", [key]);
  try {
    return await work();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [key]).catch(() => undefined);
  }
}

/** Everything on one connection (a client checked out of the pool). */
function clientRunner(client: Queryable): SqlRunner {
  const runner: SqlRunner = {
    ...on(client),
    transaction: (work) => inTransaction(client, work),
    withLock: (key, work) => locked(client, key, () => work(runner)),
  };
  return runner;
}

export function poolRunner(pool: pg.Pool): SqlRunner {
  const withClient = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      return await work(client);
    } finally {
      client.release();
    }
  };
  return {
    ...on(pool),
    transaction: (work) => withClient((client) => inTransaction(client, work)),
    withLock: (key, work) => withClient((client) => clientRunner(client).withLock(key, work)),
  };
}

/** Runs a statement built with `Prisma.sql` (its `$n` text and values) on a runner of ours. */
export function runSql<T>(db: SqlTx, statement: { text: string; values: unknown[] }): Promise<T[]> {
  return db.query<T>(statement.text, statement.values);
}
