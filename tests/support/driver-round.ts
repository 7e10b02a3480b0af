/**
 * For the driver's offline journey: an API that can be stopped and started again on the same
 * port and database (to cut the network for real, service worker included), a local tile server
 * whose terms allow prefetching, and a published round for the demo driver on the demo data.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inject } from "vitest";
import { freshDatabase } from "./database.ts";

interface Sql {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}
interface ServerModule {
  startServer(options: { port?: number; dataDir?: string; databaseUrl?: string; seed?: "demo"; webDist?: string; now?: () => Date; env?: NodeJS.ProcessEnv }): Promise<{ url: string; services: { db: { sql: Sql } }; close(): Promise<void> }>;
}

/** A 1×1 PNG: enough for Leaflet to draw a tile. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

export async function startTileServer(): Promise<{ template: string; served: () => number; close(): Promise<void> }> {
  let served = 0;
  const server: Server = createServer((req, res) => {
    if (!/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(req.url ?? "")) return void res.writeHead(404).end();
    served += 1;
    res.writeHead(200, { "content-type": "image/png", "access-control-allow-origin": "*", "cache-control": "max-age=86400" }).end(PNG);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { template: `http://127.0.0.1:${port}/tiles/{z}/{x}/{y}.png`, served: () => served, close: () => new Promise((r) => server.close(() => r())) };
}

export interface RestartableApi {
  url: string;
  /** The server's clock: the real one until a journey sets a moment (e.g. the round's day). */
  clock: { now: Date | null };
  sql(): Sql;
  stop(): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
}

export async function startRestartableApi(webDist: string, env: NodeJS.ProcessEnv): Promise<RestartableApi> {
  // Journeys share the demo their global setup seeded; the benchmark runs outside vitest and seeds its own.
  const database = await freshDatabase("round", process.env.VITEST ? (inject("demoSnapshot") ?? undefined) : undefined);
  const specifier = "@tournee/api/server";
  const { startServer } = (await import(specifier)) as ServerModule;
  let port = 0;
  let running: Awaited<ReturnType<ServerModule["startServer"]>> | null = null;
  const api: RestartableApi = {
    url: "",
    clock: { now: null },
    sql: () => running!.services.db.sql,
    start: async () => {
      running = await startServer({ port, ...database.options, seed: "demo", webDist, now: () => api.clock.now ?? new Date(), env: { ...process.env, ...env, LOG_LEVEL: "warn" } });
      api.url = running.url.replace(/\/$/, "");
      port = Number(new URL(api.url).port);
    },
    stop: async () => {
      await running?.close();
      running = null;
    },
    dispose: async () => {
      await api.stop();
      await database.remove();
    },
  };
  await api.start();
  return api;
}

/**
 * Publishes a round of 10 stops with orders for chauffeur1 on the demo grocery's busiest date, in
 * place of the rounds the demo planned that day; returns its id and date.
 */
export async function publishDemoRound(sql: Sql): Promise<{ tourId: string; date: string; passages: number }> {
  const [driver] = await sql.query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'chauffeur1@tournee.test'`);
  const [org] = await sql.query<{ id: string }>(`SELECT id FROM "Organisation" WHERE slug = 'demo-epicerie-solidaire-aubusson'`);
  const [day] = await sql.query<{ date: string }>(
    `SELECT to_char(p.date, 'YYYY-MM-DD') AS date FROM "Passage" p JOIN "Order" o ON o."passageId" = p.id
     WHERE p."organisationId" = $1 AND o.status = 'confirmed' GROUP BY p.date ORDER BY count(DISTINCT p.id) DESC, p.date LIMIT 1`,
    [org!.id],
  );
  const passages = await sql.query<{ id: string }>(
    `SELECT p.id FROM "Passage" p WHERE p."organisationId" = $1 AND p.date = $2::date
     ORDER BY (SELECT count(*) FROM "Order" o WHERE o."passageId" = p.id AND o.status = 'confirmed') = 0, p."windowStart" LIMIT 10`,
    [org!.id, day!.date],
  );
  const [vehicle] = await sql.query<{ id: string }>(`SELECT id FROM "Vehicle" WHERE "organisationId" = $1 ORDER BY name LIMIT 1`, [org!.id]);
  await sql.query(`DELETE FROM "Tour" WHERE "organisationId" = $1 AND date = $2::date`, [org!.id, day!.date]);
  const [tour] = await sql.query<{ id: string }>(
    `INSERT INTO "Tour" ("organisationId", date, "vehicleId", "driverId", status, version, "publishedAt") VALUES ($1, $2::date, $3, $4, 'published', 1, now()) RETURNING id`,
    [org!.id, day!.date, vehicle!.id, driver!.id],
  );
  const ordered = await sql.query<{ id: string }>(`SELECT id FROM "Passage" WHERE id = ANY($1::uuid[]) ORDER BY "windowStart"`, [passages.map((p) => p.id)]);
  for (const [i, p] of ordered.entries()) {
    await sql.query(`UPDATE "Passage" SET "tourId" = $1, sequence = $2, "plannedArrival" = "windowStart" WHERE id = $3`, [tour!.id, i, p.id]);
  }
  return { tourId: tour!.id, date: day!.date, passages: ordered.length };
}
