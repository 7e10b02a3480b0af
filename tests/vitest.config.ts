import { defineConfig } from "vitest/config";
import shared from "../vitest.shared.ts";

// Browser journeys are slow and share one server and one browser per file: run them one at a time.
export default defineConfig({
  ...shared,
  test: {
    ...shared.test,
    include: ["**/*.e2e.test.ts"],
    exclude: ["**/node_modules/**"],
    globalSetup: ["./support/global-setup.ts"],
    testTimeout: 120_000,
    // A journey waits for what the person would see; 1 s (the default) is too short on a busy CI machine.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    hookTimeout: 240_000,
    maxWorkers: 1,
    fileParallelism: false,
    reporters: ["verbose"],
  },
});
