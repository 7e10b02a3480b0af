import { execFile } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";
import { startApp, type AppUnderTest } from "./app.ts";
import { webDist, webRoot } from "./paths.ts";

declare module "vitest" {
  export interface ProvidedContext {
    app: AppUnderTest;
  }
}

/**
 * Vitest global setup: builds the web app once, exactly as production does, then starts one API
 * (fresh embedded database, demo seed) serving a copy of that build, shared by every journey.
 * With E2E_BASE_URL set, nothing is built or started: the journeys use that running app.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide("app", { url: external.replace(/\/$/, ""), servedWebDist: null, residentCode: process.env.E2E_RESIDENT_CODE ?? null });
    return undefined;
  }
  if (!process.env.TOURNEE_WEB_DIST) await buildWeb();
  // A copy, so a journey may publish a "new version" without touching the real build.
  const served = await mkdtemp(join(tmpdir(), "tournee-web-"));
  await cp(webDist, served, { recursive: true });
  const app = await startApp({ webDist: served });
  project.provide("app", { url: app.url, servedWebDist: served, residentCode: app.residentCode });
  return async () => {
    await app.close();
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
