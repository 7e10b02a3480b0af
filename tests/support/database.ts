import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where one app under test keeps its data, and how to remove it afterwards. */
export interface AppDatabase {
  /** Spread into `startServer`'s options. */
  options: { dataDir: string; databaseUrl?: string };
  remove(): Promise<void>;
}

/**
 * A database the demo seed has already filled (migrated, seeded, the demo day published), made
 * once per run by the global setup: every journey starts from a copy of it instead of seeding
 * the demo again, which took most of a journey's start. Valid for the day it was seeded on.
 */
export interface DemoSnapshot {
  /** The Paris date the demo was seeded for: a copy is only used on that same date. */
  date: string;
  dataDir: string;
  /** The PostgreSQL database to copy (as a template) when the run uses DATABASE_URL. */
  databaseUrl?: string;
}

interface ServerDatabaseModule {
  createServerDatabase(serverUrl: string, options?: { template?: string }): Promise<{ url: string; drop(): Promise<void> }>;
}

interface SeedingServerModule {
  startServer(options: { port?: number; dataDir?: string; databaseUrl?: string; seed?: "demo"; env?: NodeJS.ProcessEnv }): Promise<{ close(): Promise<void> }>;
}

export const parisDate = (at = new Date()): string => at.toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" });

/**
 * A fresh database for each app a journey starts: a new database on the PostgreSQL server of
 * DATABASE_URL when it is set (journeys must not see each other's tours and orders), and in any
 * case a fresh PGlite folder. From `snapshot`, it is a copy of the seeded demo (on its date).
 */
export async function freshDatabase(prefix: string, snapshot?: DemoSnapshot): Promise<AppDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), `tournee-e2e-${prefix}-`));
  const usable = snapshot && snapshot.date === parisDate() ? snapshot : undefined;
  if (usable) await cp(usable.dataDir, dataDir, { recursive: true });
  const serverUrl = process.env.DATABASE_URL;
  const template = usable?.databaseUrl ? new URL(usable.databaseUrl).pathname.slice(1) : undefined;
  const server = serverUrl ? await serverDatabases().then((m) => m.createServerDatabase(serverUrl, template ? { template } : {})) : undefined;
  return {
    options: server ? { dataDir, databaseUrl: server.url } : { dataDir },
    async remove() {
      await server?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Seeds the demo once on a fresh database and closes it, to be copied by `freshDatabase`. */
export async function makeDemoSnapshot(): Promise<{ snapshot: DemoSnapshot; remove(): Promise<void> }> {
  const date = parisDate();
  const database = await freshDatabase("snapshot");
  const specifier = "@tournee/api/server";
  const { startServer } = (await import(specifier)) as SeedingServerModule;
  // No message scheduler: what falls due is sent by each journey's own app, at its own clock.
  const server = await startServer({ port: 0, ...database.options, seed: "demo", env: { LOG_LEVEL: "warn", ...process.env, TOURNEE_NOTIFY_TICK_SECONDS: "0" } });
  await server.close();
  return { snapshot: { date, ...database.options }, remove: () => database.remove() };
}

async function serverDatabases(): Promise<ServerDatabaseModule> {
  const specifier = "@tournee/api/server-database";
  return (await import(specifier)) as ServerDatabaseModule;
}
