import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Workspace packages export their TypeScript sources under the "source" condition,
// so tests run against the code, not against a stale build.
export default defineConfig({
  resolve: { conditions: ["source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["source", ...defaultServerConditions] } },
  test: {
    pool: "forks",
    maxWorkers: 2,
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    // Timeouts catch hangs, not slowness: the machines running the suite are shared and loaded.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Property tests take their seed from TOURNEE_PROPERTY_SEED (CI) or a fresh one (locally).
    setupFiles: [fileURLToPath(new URL("./vitest.property-seed.ts", import.meta.url))],
  },
});
