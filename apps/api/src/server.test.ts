import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "./db/open-database.js";
import { startServer, type RunningServer } from "./server.js";

const quiet = pino({ level: "silent" });
const env = { LOG_LEVEL: "silent" } as NodeJS.ProcessEnv;
let dir: string | undefined;
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
});

// These start the embedded database whatever DATABASE_URL says: the PostgreSQL pass would repeat them.
describe.skipIf(Boolean(process.env.DATABASE_URL))("starting the embedded server", () => {
  it("migrates and seeds an empty folder, then answers ready", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "tournee-start-"));
    server = await startServer({ port: 0, host: "127.0.0.1", dataDir: dir, env, logger: quiet, webDist: "/nonexistent" });
    expect(server.demoAccounts.length).toBeGreaterThan(5);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it("refuses to start on a migration edited after it was applied, and says which", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "tournee-start-"));
    server = await startServer({ port: 0, host: "127.0.0.1", dataDir: dir, env, logger: quiet, seed: "none", webDist: "/nonexistent" });
    await server.close();
    server = undefined;
    const db = await openDatabase({ dataDir: dir });
    await db.sql.query(`UPDATE "_prisma_migrations" SET checksum = repeat('0', 64)`);
    await db.close();
    await expect(startServer({ port: 0, host: "127.0.0.1", dataDir: dir, env, logger: quiet, seed: "none" })).rejects.toThrow(/was edited after it was applied/);
  });
});
