import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { webDist } from "./paths.ts";

/** The product as a person reaches it: the API serving the built web app on one origin. */
export interface RunningApp {
  url: string;
  /** False when the tests run against an app they did not start (E2E_BASE_URL). */
  ownServer: boolean;
  close(): Promise<void>;
}

/** The entry point apps/api provides (`@tournee/api/server`). */
interface ApiServerModule {
  startServer(options: {
    port?: number;
    dataDir?: string;
    databaseUrl?: string;
    seed?: "demo" | "none";
    webDist?: string;
  }): Promise<{ url: string; close(): Promise<void> }>;
}

export interface StartAppOptions {
  /** Folder of the web build to serve; the fresh build by default. */
  webDist?: string;
}

/**
 * Starts the real API on a random port with a fresh embedded database seeded with the demo data,
 * serving the web build. With E2E_BASE_URL set, uses that running app instead (a staging server).
 */
export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  const external = process.env.E2E_BASE_URL;
  if (external) return { url: external.replace(/\/$/, ""), ownServer: false, close: async () => {} };

  const dataDir = await mkdtemp(join(tmpdir(), "tournee-e2e-db-"));
  const serverModule = "@tournee/api/server";
  const { startServer } = (await import(serverModule)) as ApiServerModule;
  const server = await startServer({ port: 0, dataDir, seed: "demo", webDist: options.webDist ?? webDist });
  let closed = false;
  return {
    url: server.url.replace(/\/$/, ""),
    ownServer: true,
    close: async () => {
      if (closed) return;
      closed = true;
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Sign-ins created by the API's demo seed (apps/api/src/seed). */
export const DEMO_PASSWORD = "tournee-demo";
export const DEMO_COORDINATOR = { email: "coordination@tournee.test", password: DEMO_PASSWORD } as const;
export const DEMO_DRIVER = { email: "chauffeur1@tournee.test", password: DEMO_PASSWORD } as const;
export const DEMO_RELAY = { email: "mairie@tournee.test", password: DEMO_PASSWORD } as const;
/** One-time code of the demo resident who has no e-mail (usable once per fresh database). */
export const DEMO_RESIDENT_CODE = "24681357";
