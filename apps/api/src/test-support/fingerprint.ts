/** A fingerprint of the data in every table, to show that something changed nothing. */
import type { SqlRunner } from "../db/sql-runner.js";

/** Sessions (reading one slides its expiry) and the migrations table are always left out. */
export async function fingerprint(sql: SqlRunner, { except = [] }: { except?: string[] } = {}): Promise<string> {
  const skipped = ["Session", "_prisma_migrations", ...except];
  const tables = await sql.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1)) ORDER BY table_name`,
    [skipped],
  );
  const parts = tables.map((t) => `(SELECT coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') FROM "${t.table_name}" x)`);
  const [row] = await sql.query<{ f: string }>(`SELECT md5(${parts.join(" || ")}) AS f`);
  return row!.f;
}

/**
 * Watches the data across many requests, for tests that check thousands of rejected requests
 * changed nothing. Reading every table after each one is the slow part; PostgreSQL gives every
 * transaction that writes a row an id, so while no new id has been handed out since the last
 * fingerprint, nothing can have changed and the fingerprint is not read again.
 */
export function watchData(sql: SqlRunner): {
  /** Takes the data as it is now as the reference (cheap when nothing was written since the last one). */
  settle(): Promise<void>;
  /** Whether the data is still what `settle` saw. */
  unchanged(): Promise<boolean>;
} {
  let reference: { mark: string; print: string } | undefined;
  // The first transaction id not yet handed out (a transaction that writes takes one, reads take none).
  const mark = async () => (await sql.query<{ m: string }>(`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS m`))[0]!.m;
  // The mark is read before the fingerprint: a write in between moves the mark, so it is read again.
  const read = async () => ({ mark: await mark(), print: await fingerprint(sql) });
  return {
    async settle() {
      if (!reference || reference.mark !== (await mark())) reference = await read();
    },
    async unchanged() {
      if (!reference) throw new Error("watchData: settle() first");
      if (reference.mark === (await mark())) return true;
      const now = await read();
      const same = now.print === reference.print;
      reference = now;
      return same;
    },
  };
}
