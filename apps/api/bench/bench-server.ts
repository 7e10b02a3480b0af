/**
 * The API on a fresh database for a benchmark, in this process: in-memory PGlite, or a new
 * database on the PostgreSQL server of DATABASE_URL. The server keeps idle connections longer
 * than the client does, so no request races a closing socket.
 */
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { createApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { createTestDatabase } from "../src/test-support/test-database.js";
import { TEST_SECRET } from "../src/test-support/test-secret.js";

export async function startBenchServer() {
  const db = await createTestDatabase();
  const clock = { now: new Date("2026-03-20T10:00:00Z") };
  const services = { db, config: { ...loadConfig({ LOG_LEVEL: "silent", NODE_ENV: "test" }), SECURE_COOKIES: "false" as const, TOURNEE_SECRET: TEST_SECRET }, log: pino({ level: "silent" }), now: () => clock.now };
  const server = createApp(services, { loginLimits: { perAddress: 100, perAddressAndAccount: 100, perCodePrefix: 100, windowMs: 60_000 } }).listen(0, "127.0.0.1");
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close();
  };
  return { db, url, close };
}
