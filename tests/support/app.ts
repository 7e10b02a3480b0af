import { freshDatabase, type DemoSnapshot } from "./database.ts";

/** The product as the journeys reach it: the API serving the built web app on one origin. */
export interface AppUnderTest {
  url: string;
  /** The web build folder the server serves, when the tests started it (null for E2E_BASE_URL). */
  servedWebDist: string | null;
  /** The one-time code the server issued at its start for the demo resident without e-mail (E2E_RESIDENT_CODE with E2E_BASE_URL). */
  residentCode: string | null;
}

/** The entry point apps/api provides (`@tournee/api/server`). */
interface ApiServerModule {
  startServer(options: {
    port?: number;
    dataDir?: string;
    databaseUrl?: string;
    seed?: "demo" | "none";
    webDist?: string;
    env?: NodeJS.ProcessEnv;
  }): Promise<{ url: string; demoAccounts: { email: string | null; code: string | null }[]; close(): Promise<void> }>;
}

/** The code `npm start` printed for the demo resident who has no e-mail: new at each start, valid once. */
export function residentCodeOf(server: { demoAccounts: { email: string | null; code: string | null }[] }): string | null {
  return server.demoAccounts.find((a) => a.email === null)?.code ?? null;
}

/**
 * Starts the real API on a random port with a fresh database seeded with the demo data (a copy of
 * `snapshot` when given), serving the given web build. Closing it stops the server and deletes
 * the database.
 */
export async function startApp({ webDist, snapshot }: { webDist: string; snapshot?: DemoSnapshot }): Promise<{ url: string; residentCode: string | null; close(): Promise<void> }> {
  const database = await freshDatabase("db", snapshot);
  const { startServer } = await importApiServer();
  const server = await startServer({ port: 0, ...database.options, seed: "demo", webDist, env: { LOG_LEVEL: "warn", ...process.env } });
  return {
    url: server.url.replace(/\/$/, ""),
    residentCode: residentCodeOf(server),
    close: async () => {
      await server.close();
      await database.remove();
    },
  };
}

/** Loaded at run time, so this workspace builds before and apart from the API. */
async function importApiServer(): Promise<ApiServerModule> {
  const specifier = "@tournee/api/server";
  try {
    return (await import(specifier)) as ApiServerModule;
  } catch (cause) {
    throw new Error(
      `Cannot load ${specifier}: apps/api/package.json must export "./server" (source: ./src/server.ts) with startServer(). ` +
        "To test an app that is already running, set E2E_BASE_URL instead.",
      { cause },
    );
  }
}

/** Sign-ins created by the API's demo seed (apps/api/src/seed). */
export const DEMO_PASSWORD = "tournee-demo";
export const DEMO_COORDINATOR = { email: "coordination@tournee.test", password: DEMO_PASSWORD } as const;
export const DEMO_DRIVER = { email: "chauffeur1@tournee.test", password: DEMO_PASSWORD } as const;
export const DEMO_RELAY = { email: "mairie@tournee.test", password: DEMO_PASSWORD } as const;
