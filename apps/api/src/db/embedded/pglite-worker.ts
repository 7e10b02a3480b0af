/**
 * The embedded database's own thread: PGlite runs here, so its queries never hold the server's
 * event loop. Each connection arrives as a MessagePort carrying the PostgreSQL wire protocol;
 * `WireSessions` serialises them onto PGlite's single backend.
 */
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { WireSessions } from "./wire-sessions.js";
import type { FromWorker, ToWorker, WorkerOptions } from "./worker-messages.js";

const port = parentPort!;
const post = (message: FromWorker) => port.postMessage(message);
const { dataDir, template, postgresqlconf } = workerData as WorkerOptions;

let db: PGlite;
try {
  db = await PGlite.create(dataDir, { postgresqlconf, ...(template ? { loadDataDir: new Blob([template]) } : {}) });
} catch (error) {
  post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
const sessions = new WireSessions(db);

function connect(client: MessagePort, first: boolean): void {
  const session = sessions.open(
    (data) => client.postMessage(data, [data.buffer as ArrayBuffer]),
    () => client.close(),
    first,
  );
  client.on("message", (chunk: Uint8Array) => session.receive(chunk));
  client.on("close", () => session.close());
}

port.on("message", (message: ToWorker) => {
  switch (message.type) {
    case "connect":
      connect(message.port, message.first);
      break;
    case "close":
      // Queued behind every unit of work already received: what was committed stays written.
      void sessions.exclusive(async () => {
        await db.close();
        post({ type: "closed" });
      });
      break;
  }
});
post({ type: "ready" });
