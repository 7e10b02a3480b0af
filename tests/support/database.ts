import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where one app under test keeps its data, and how to remove it afterwards. */
export interface AppDatabase {
  /** Spread into `startServer`'s options. */
  options: { dataDir: string; databaseUrl?: string };
  remove(): Promise<void>;
}

interface ServerDatabaseModule {
  createServerDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }>;
}

/**
 * A fresh database for each app a journey starts: a new database on the PostgreSQL server of
 * DATABASE_URL when it is set (journeys must not see each other's tours and orders), and in any
 * case a fresh PGlite folder.
 */
export async function freshDatabase(prefix: string): Promise<AppDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), `tournee-e2e-${prefix}-`));
  const serverUrl = process.env.DATABASE_URL;
  const specifier = "@tournee/api/server-database";
  const server = serverUrl ? await ((await import(specifier)) as ServerDatabaseModule).createServerDatabase(serverUrl) : undefined;
  return {
    options: server ? { dataDir, databaseUrl: server.url } : { dataDir },
    async remove() {
      await server?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
