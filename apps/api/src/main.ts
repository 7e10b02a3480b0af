/** `npm start`: runs Tournée with the configuration of the environment, until Ctrl-C. */
import { startBanner } from "./banner.js";
import { MigrationError } from "./db/apply-migrations.js";
import { startServer } from "./server.js";

const startedAt = performance.now();
try {
  const server = await startServer({ demoRoundUnderWay: true });
  const { config } = server.services;
  console.log(startBanner({ url: server.url, startedInMs: performance.now() - startedAt, config, demoAccounts: server.demoAccounts }));
  const stop = (): void => {
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  if (error instanceof MigrationError) console.error(`Tournée n'a pas démarré : ${error.message}`);
  else console.error("Tournée n'a pas démarré :", error instanceof Error ? error.message : error);
  process.exit(1);
}
