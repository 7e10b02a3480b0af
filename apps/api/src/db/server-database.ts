/**
 * A new, empty database on the PostgreSQL server of `serverUrl`, for one test file or one app
 * under test, so tests never share state; or a copy of `template` (a database nobody is connected
 * to). `drop()` removes it (and any open connection).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface ServerDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createServerDatabase(serverUrl: string, { template }: { template?: string } = {}): Promise<ServerDatabase> {
  const name = `tournee_test_${randomBytes(6).toString("hex")}`;
  if (template !== undefined && !/^[a-z0-9_]+$/.test(template)) throw new Error(`template database "${template}": expected a name of lower-case letters, digits and underscores`);
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${name}`;
  return { url: parsed.toString(), drop: async () => void (await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)) };
}

/** One statement on its own connection to `url` (CREATE/DROP DATABASE cannot run in a transaction). */
export async function adminQuery(url: string, sql: string, values: unknown[] = []): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows;
  } finally {
    await client.end();
  }
}
