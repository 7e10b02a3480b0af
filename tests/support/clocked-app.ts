import { freshDatabase } from "./database.ts";
import { afterAll, beforeAll, inject } from "vitest";
import { openBrowser, type BrowserSession } from "./chromium.ts";
import { webDist } from "./paths.ts";
import type { Page } from "playwright-core";
import { residentCodeOf } from "./app.ts";

interface ClockedServerModule {
  startServer(options: { port?: number; dataDir?: string; databaseUrl?: string; seed?: "demo"; webDist?: string; now?: () => Date; env?: NodeJS.ProcessEnv }): Promise<{ url: string; services: { db: { sql: Sql } }; demoAccounts: { email: string | null; code: string | null }[]; close(): Promise<void> }>;
}

interface Sql {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** A journey on its own product whose clock the test moves (to pass an order cutoff), and its browser. */
export interface ClockedJourney {
  url: string;
  /** The one-time code this server issued at its start for the demo resident without e-mail. */
  residentCode: string;
  clock: { now: Date };
  /** The product's database, for what a test sets up behind the screens. */
  sql: Sql;
  browser: BrowserSession;
  page: Page;
}

/**
 * Starts, before the suite, the real API with a fresh demo database and a movable clock, serving the
 * build the global setup made; and a fresh browser. Stops both after. `env`, read when the server
 * starts, replaces the process environment for its configuration (e.g. a local address service).
 */
export function startClockedJourney(options: { env?: () => NodeJS.ProcessEnv } = {}): ClockedJourney {
  const journey = { clock: { now: new Date() } } as ClockedJourney;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const database = await freshDatabase("clock", inject("demoSnapshot") ?? undefined);
    const specifier = "@tournee/api/server";
    const { startServer } = (await import(specifier)) as ClockedServerModule;
    const server = await startServer({ port: 0, ...database.options, seed: "demo", webDist, now: () => journey.clock.now, env: { LOG_LEVEL: "warn", ...(options.env ? options.env() : process.env) } });
    journey.url = server.url.replace(/\/$/, "");
    journey.sql = server.services.db.sql;
    journey.residentCode = residentCodeOf(server) ?? "";
    close = async () => {
      await server.close();
      await database.remove();
    };
    journey.browser = await openBrowser();
    journey.page = journey.browser.context.pages()[0] ?? (await journey.browser.context.newPage());
  });
  afterAll(async () => {
    await journey.browser?.close();
    await close?.();
  });
  return journey;
}

/** Calls the API from the page, with its session cookie and CSRF token, as the app would. */
export async function apiFromPage<T>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch("/api/auth/me")).json()) as { csrfToken?: string };
      const res = await fetch(path, {
        method,
        headers: { "Content-Type": "application/json", "X-CSRF-Token": me.csrfToken ?? "" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json().catch(() => undefined)) as T };
    },
    { method, path, body },
  );
}
