/**
 * `npm run db:seed [-- --force] [-- --today YYYY-MM-DD]`: fills the database with the demo
 * territory (PostgreSQL at DATABASE_URL, else PGlite in TOURNEE_DATA_DIR or ./data) and
 * publishes the demo day's rounds, and prints the demo accounts with a fresh one-time code.
 * Leaves a database that already has the demo unchanged (but for the new code).
 */
import { parseArgs } from "node:util";
import { resolveServerSecret } from "../../apps/api/src/auth/server-secret.js";
import { loadConfig } from "../../apps/api/src/config.js";
import { applyMigrations } from "../../apps/api/src/db/apply-migrations.js";
import { openDatabase } from "../../apps/api/src/db/open-database.js";
import { schemaPaths } from "../../apps/api/src/db/paths.js";
import { pino } from "pino";
import { demoAccountsText } from "../../apps/api/src/banner.js";
import { issueDemoCode, publishDemoDay, seedDemo } from "../../apps/api/src/seed/index.js";

const { values } = parseArgs({ options: { force: { type: "boolean", default: false }, today: { type: "string" } } });
const config = loadConfig(process.env);
const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.TOURNEE_DATA_DIR });
try {
  const applied = await applyMigrations(db.sql, schemaPaths.migrationsDir);
  if (applied.length > 0) console.log(`Migrations appliquées : ${applied.join(", ")}`);
  const started = performance.now();
  const result = await seedDemo(db.prisma, { force: values.force, ...(values.today ? { today: values.today } : {}) });
  const services = { db, config: { ...config, TOURNEE_SECRET: resolveServerSecret(config) }, log: pino({ level: "warn" }), now: () => new Date() };
  if (result.seeded) {
    const day = await publishDemoDay(services, values.today);
    console.log(`Données de démonstration créées (${db.kind}) en ${Math.round(performance.now() - started)} ms ; tournées du ${day.date} publiées.`);
  } else {
    console.log(`Rien n'a été créé : ${result.reason}.`);
  }
  console.log(demoAccountsText(await issueDemoCode(services, result.accounts)));
  if (!result.seeded && result.reason !== "already seeded") process.exitCode = 1;
} finally {
  await db.close();
}
