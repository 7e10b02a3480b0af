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
