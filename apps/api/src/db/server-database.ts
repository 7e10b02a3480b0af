/**
 * A new, empty database on the PostgreSQL server of `serverUrl`, for one test file or one app
 * under test, so tests never share state. `drop()` removes it (and any open connection).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface ServerDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createServerDatabase(serverUrl: string): Promise<ServerDatabase> {
  const name = `tournee_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${name}`;
  return { url: parsed.toString(), drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
