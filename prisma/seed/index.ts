/**
 * `npm run db:seed [-- --force] [-- --today YYYY-MM-DD]`: fills the database with the demo
 * territory (PostgreSQL at DATABASE_URL, else PGlite in TOURNEE_DATA_DIR or ./data) and
 * prints the demo accounts. Leaves a database that already has the demo unchanged.
 */
import { parseArgs } from "node:util";
import { resolveServerSecret } from "../../apps/api/src/auth/server-secret.js";
import { loadConfig } from "../../apps/api/src/config.js";
import { applyMigrations } from "../../apps/api/src/db/apply-migrations.js";
import { openDatabase } from "../../apps/api/src/db/open-database.js";
import { schemaPaths } from "../../apps/api/src/db/paths.js";
import { formatDemoAccounts, seedDemo } from "../../apps/api/src/seed/index.js";

const { values } = parseArgs({ options: { force: { type: "boolean", default: false }, today: { type: "string" } } });
const config = loadConfig(process.env);
const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.TOURNEE_DATA_DIR });
try {
  const applied = await applyMigrations(db.sql, schemaPaths.migrationsDir);
  if (applied.length > 0) console.log(`Migrations appliquées : ${applied.join(", ")}`);
  const started = performance.now();
  const result = await seedDemo(db.prisma, { secret: resolveServerSecret(config), force: values.force, ...(values.today ? { today: values.today } : {}) });
  if (result.seeded) {
    console.log(`Données de démonstration créées (${db.kind}) en ${Math.round(performance.now() - started)} ms.`);
  } else {
    console.log(`Rien n'a été créé : ${result.reason}.`);
  }
  console.log(formatDemoAccounts(result.accounts));
  if (!result.seeded && result.reason !== "already seeded") process.exitCode = 1;
} finally {
  await db.close();
}
