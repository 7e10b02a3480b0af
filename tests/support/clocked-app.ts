import { freshDatabase, parisDate } from "./database.ts";
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
  /** The clock's first reading: a test that moved the clock comes back to it. */
  start: Date;
  /** The product's database, for what a test sets up behind the screens. */
  sql: Sql;
  browser: BrowserSession;
  page: Page;
}

/**
 * Starts, before the suite, the real API with a fresh demo database and a movable clock, serving the
 * build the global setup made; and a fresh browser. Stops both after. `env`, read when the server
 * starts, replaces the process environment for its configuration (e.g. a local address service).
 * `ordersOpen`: the clock starts while the demo day's orders are still taken, whatever the hour
 * the tests run at (their cutoff is the evening before the demo day).
 */
export function startClockedJourney(options: { env?: () => NodeJS.ProcessEnv; ordersOpen?: boolean } = {}): ClockedJourney {
  const journey = { clock: { now: options.ordersOpen ? beforeDemoDayCutoff(new Date()) : new Date() } } as ClockedJourney;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const database = await freshDatabase("clock", inject("demoSnapshot") ?? undefined);
    const specifier = "@tournee/api/server";
    const { startServer } = (await import(specifier)) as ClockedServerModule;
    const server = await startServer({ port: 0, ...database.options, seed: "demo", webDist, now: () => journey.clock.now, env: { LOG_LEVEL: "warn", ...(options.env ? options.env() : process.env) } });
    journey.url = server.url.replace(/\/$/, "");
    journey.sql = server.services.db.sql;
    journey.residentCode = residentCodeOf(server) ?? "";
    journey.start = journey.clock.now;
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

/**
 * `now`, or 14:00 UTC the day before the demo day once that has passed: the demo's orders close at
 * 18:00 in Paris that day. The demo day is today on a weekday, else the next Monday (the seed's
 * rule, apps/api/src/seed/live-week.ts).
 */
function beforeDemoDayCutoff(now: Date): Date {
  const today = new Date(`${parisDate(now)}T00:00:00Z`);
  const weekday = today.getUTCDay() || 7;
  const demoDay = today.getTime() + (weekday <= 5 ? 0 : 8 - weekday) * DAY_MS;
  const before = new Date(demoDay - DAY_MS + 14 * 3_600_000);
  return before < now ? before : now;
}

const DAY_MS = 86_400_000;

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
