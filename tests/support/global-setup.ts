import { execFile } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";
import { startApp, type AppUnderTest } from "./app.ts";
import { makeDemoSnapshot, type DemoSnapshot } from "./database.ts";
import { webDist, webRoot } from "./paths.ts";

declare module "vitest" {
  export interface ProvidedContext {
    app: AppUnderTest;
    /** The seeded demo every journey's own app starts from a copy of (null with E2E_BASE_URL). */
    demoSnapshot: DemoSnapshot | null;
  }
}

/**
 * Vitest global setup: builds the web app once, exactly as production does, seeds the demo once
 * (the snapshot journeys' own apps start from), then starts one API on a copy of it serving a copy
 * of that build, shared by every journey.
 * With E2E_BASE_URL set, nothing is built or started: the journeys use that running app.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide("app", { url: external.replace(/\/$/, ""), servedWebDist: null, residentCode: process.env.E2E_RESIDENT_CODE ?? null });
    project.provide("demoSnapshot", null);
    return undefined;
  }
  if (!process.env.TOURNEE_WEB_DIST) await buildWeb();
  // A copy, so a journey may publish a "new version" without touching the real build.
  const served = await mkdtemp(join(tmpdir(), "tournee-web-"));
  await cp(webDist, served, { recursive: true });
  const demo = await makeDemoSnapshot();
  const app = await startApp({ webDist: served, snapshot: demo.snapshot });
  project.provide("app", { url: app.url, servedWebDist: served, residentCode: app.residentCode });
  project.provide("demoSnapshot", demo.snapshot);
  return async () => {
    await app.close();
    await demo.remove();
    await rm(served, { recursive: true, force: true });
  };
}

/**
 * `vite build` in apps/web (output: apps/web/dist), in its own process with NODE_ENV=production:
 * under Vitest it is "test", which gives a development build with no service worker.
 */
async function buildWeb(): Promise<void> {
  const vite = join(dirname(createRequire(import.meta.url).resolve("vite/package.json")), "bin", "vite.js");
  await promisify(execFile)(process.execPath, [vite, "build", "--logLevel", "warn"], {
    cwd: webRoot,
    env: { ...process.env, NODE_ENV: "production" },
  });
}
