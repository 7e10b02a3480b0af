/** `npm start`: runs Tournée with the configuration of the environment, until Ctrl-C. */
import { MigrationError } from "./db/apply-migrations.js";
import { formatDemoAccounts } from "./seed/index.js";
import { startServer } from "./server.js";

const startedAt = performance.now();
try {
  const server = await startServer();
  const ms = Math.round(performance.now() - startedAt);
  const { config } = server.services;
  const database = config.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${config.TOURNEE_DATA_DIR}`;
  const lines = [
    `Tournée is ready at ${server.url} (${ms} ms) — database: ${database}`,
    config.webDist ? "" : "  (web app not built: `npm run build -w apps/web` to serve it)",
    server.demoAccounts.length ? formatDemoAccounts(server.demoAccounts) : "",
    "API docs: " + server.url + "/api/docs",
  ].filter(Boolean);
  console.log(lines.join("\n"));
  const stop = (): void => {
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  if (error instanceof MigrationError) console.error(`Tournée did not start: ${error.message}`);
  else console.error("Tournée did not start:", error instanceof Error ? error.message : error);
  process.exit(1);
}
