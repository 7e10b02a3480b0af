/**
 * Demo data for Tournée: a solidarity grocery and a solidarity bakery in the Pays d'Aubusson
 * (Creuse), 18 villages, about 76 households, a live week (live-week.ts): two weeks of rounds
 * done, the demo day's orders, next week's orders open. `publishDemoDay` then plans and
 * publishes the demo day's rounds.
 *
 * Contract
 * - `seedDemo` is idempotent: a database that already has the demo is left alone
 *   (seeded: false, reason "already seeded"); one holding any other organisation is refused
 *   unless `force`. Everything is written in one transaction: all or nothing.
 * - `today` ('YYYY-MM-DD', default: today in Europe/Paris) is the reference date: eligibility
 *   periods, consents and next week's passages and orders are placed relative to it.
 * - The accounts are returned whether or not seeding happened, so the server can print them.
 */
import { isLocalDate, localDateOf } from "@tournee/domain/calendar";
import { hashPassword } from "../auth/password.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { DEMO_PASSWORD, type DemoAccount } from "./accounts.js";
import { planDemo } from "./demo-plan.js";
import { checkBeforeSeeding } from "./guard.js";
import { writePlan } from "./write-plan.js";

export { DEMO_CODE_RESIDENT_ID, DEMO_PASSWORD, type DemoAccount } from "./accounts.js";
export { issueDemoCode } from "./demo-code.js";
export { DEMO_ORGANISATIONS } from "./plan-organisations.js";
export { publishDemoDay, type DemoDay } from "./publish-demo-day.js";
export { startDemoRound, DEMO_DELAY_MINUTES } from "./demo-round-under-way.js";
export { countDemoFarmPickup } from "./demo-farm-receipt.js";

export interface SeedOptions {
  /** Reference date 'YYYY-MM-DD'; default: today in Europe/Paris. */
  today?: string;
  /** Seed even when the database holds organisations that are not the demo's. */
  force?: boolean;
}

export interface SeedResult {
  seeded: boolean;
  reason?: string;
  accounts: DemoAccount[];
}

export async function seedDemo(prisma: PrismaClient, options: SeedOptions): Promise<SeedResult> {
  const now = new Date();
  const today = options.today ?? localDateOf(now);
  if (!isLocalDate(today)) throw new RangeError(`seed reference date '${today}' must be a calendar date 'YYYY-MM-DD'`);
  const plan = planDemo(today, now, await hashPassword(DEMO_PASSWORD));
  const emails = plan.accounts.flatMap((a) => (a.email ? [a.email] : []));
  const verdict = await checkBeforeSeeding(prisma, emails, options.force ?? false);
  if (!verdict.go) return { seeded: false, reason: verdict.reason, accounts: plan.accounts };
  try {
    await prisma.$transaction((tx) => writePlan(tx, plan), { timeout: 120_000 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the demo seed failed and was rolled back, the database is unchanged: ${reason}`, { cause: error });
  }
  return { seeded: true, accounts: plan.accounts };
}
