import { join } from "node:path";
import { webDist, webRoot } from "./paths.ts";

/**
 * Vitest global setup: builds the web app once before the browser tests, exactly as production
 * does, so the service worker and its precache are the real ones. Skipped when the tests run
 * against an already deployed app (E2E_BASE_URL) or a build given in TOURNEE_WEB_DIST.
 */
export default async function buildWeb(): Promise<void> {
  if (process.env.E2E_BASE_URL || process.env.TOURNEE_WEB_DIST) return;
  const { build } = await import("vite");
  await build({ root: webRoot, configFile: join(webRoot, "vite.config.ts"), logLevel: "warn", build: { outDir: webDist, emptyOutDir: true } });
}
