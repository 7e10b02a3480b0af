/**
 * The app on the round world (round-world.ts) at 15:00 on the round's day, with driverA1 signed
 * in: what sync tests start from. `at("10:05")` is a time of that day; `byStatus` reads push answers.
 */
import type { MutationResult } from "@tournee/sync";
import { buildRoundWorld, type RoundWorld } from "./round-world.js";
import { startTestApp, type TestApp, type TestClient } from "./test-app.js";
import { buildWorld, PASSWORD, type World } from "./world.js";

export interface RoundApp {
  app: TestApp;
  w: World;
  r: RoundWorld;
  driver: TestClient;
}

export const at = (hhmm: string): Date => new Date(`2026-03-10T${hhmm}:00Z`);

export async function startRoundApp(): Promise<RoundApp> {
  const app = await startTestApp();
  const w = await buildWorld(app.db.prisma);
  const r = await buildRoundWorld(app.db.prisma, w);
  app.clock.now = at("15:00");
  const driver = await app.client().login(w.users.driverA1.email, PASSWORD);
  return { app, w, r, driver };
}

export const byStatus = (results: MutationResult[]): string[] => results.map((x) => `${x.status}${x.code ? `:${x.code}` : ""}`);
