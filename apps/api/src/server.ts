/**
 * Starts Tournée: opens the database (PGlite folder or PostgreSQL), applies pending migrations
 * (refusing to start if one fails), seeds the demo territory on an empty database, listens.
 */
import type { AddressInfo } from "node:net";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { localDateOf } from "@tournee/domain/calendar";
import { pino, type Logger } from "pino";
import { createApp, type AppOptions } from "./app.js";
import { loadConfig, type Config } from "./config.js";
import { applyMigrations } from "./db/apply-migrations.js";
import { openDatabase } from "./db/open-database.js";
import { resolveServerSecret } from "./auth/server-secret.js";
import { planningQueue, stopPlanningQueue } from "./jobs/planning-queue.js";
import { startMessaging } from "./use-cases/notifications/messaging-scheduler.js";
import { resolveVapidKeys } from "./use-cases/notifications/vapid-keys.js";
import { schemaPaths } from "./db/paths.js";
import { countDemoFarmPickup, issueDemoCode, publishDemoDay, seedDemo, startDemoRound, type DemoAccount } from "./seed/index.js";
import type { Services } from "./services.js";

export interface ServerOptions extends AppOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  seed?: "demo" | "none";
  /** Folder of the built web app; defaults to apps/web/dist when it exists. */
  webDist?: string;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  now?: () => Date;
  /** On a freshly seeded demo, a round of the demo day already under way and late (the demo in motion, as `npm start` shows it). */
  demoRoundUnderWay?: boolean;
}

export interface RunningServer {
  url: string;
  services: Services;
  demoAccounts: DemoAccount[];
  close(): Promise<void>;
}

const DEFAULT_WEB_DIST = fileURLToPath(new URL("../../web/dist/", import.meta.url));

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const env = loadConfig(options.env ?? process.env);
  const config: Config = {
    ...env,
    PORT: options.port ?? env.PORT,
    HOST: options.host ?? env.HOST,
    DATABASE_URL: options.databaseUrl ?? env.DATABASE_URL,
    TOURNEE_DATA_DIR: options.dataDir ?? env.TOURNEE_DATA_DIR,
    TOURNEE_SEED: options.seed ?? env.TOURNEE_SEED,
    webDist: options.webDist ?? (existsSync(DEFAULT_WEB_DIST) ? DEFAULT_WEB_DIST : undefined),
  };
  config.TOURNEE_SECRET = resolveServerSecret(config);
  Object.assign(config, resolveVapidKeys(config));
  const log = options.logger ?? pino({ level: config.LOG_LEVEL, base: { service: "tournee-api" } });
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.TOURNEE_DATA_DIR });
  try {
    const applied = await applyMigrations(db.sql, schemaPaths.migrationsDir);
    if (applied.length) log.info({ applied }, "migrations applied");
  } catch (error) {
    await db.close();
    throw error;
  }
  const services: Services = { db, config, log, now: options.now ?? (() => new Date()) };
  let demoAccounts: DemoAccount[] = [];
  if (config.TOURNEE_SEED === "demo") {
    const today = localDateOf(services.now());
    const result = await seedDemo(db.prisma, { today });
    if (result.seeded) {
      const day = await publishDemoDay(services, today);
      log.info({ demoDay: day.date, tours: day.tours, unassigned: day.unassigned.length }, "demo territory seeded, the demo day's rounds published");
      // A round under way on a day still to come would tell residents a truck is on the road that has not left.
      if (options.demoRoundUnderWay && day.date === today) {
        const round = await startDemoRound(services, day.date);
        log.info({ round }, "a demo round under way, running late");
        if (round) log.info({ receipt: await countDemoFarmPickup(services, round.tourId) }, "its driver counted what the farm handed over");
      }
    } else if (result.reason) log.info({ reason: result.reason }, "demo seed skipped");
    demoAccounts = await issueDemoCode(services, result.accounts);
  }
  // On PostgreSQL every instance also works on the shared planning queue; embedded, it starts on first use.
  if (db.kind === "postgres") await planningQueue(services);
  const messaging = startMessaging(services);
  const app = createApp(services, options);
  const server = app.listen(config.PORT, config.HOST);
  // Longer than the usual proxy and browser idle timeouts, so a reused connection is never
  // closed by the server at the moment a request arrives on it (a reset, then a lost answer).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${port}`;
  return {
    url,
    services,
    demoAccounts,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await messaging.stop();
      await stopPlanningQueue(services);
      await db.close();
    },
  };
}
