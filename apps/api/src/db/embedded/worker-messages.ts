/** What the server's thread and the embedded database's thread say to each other. */
import type { MessagePort } from "node:worker_threads";

export interface WorkerOptions {
  dataDir: string;
  /** A data directory dump (tar) to start from. */
  template: Uint8Array | undefined;
  postgresqlconf: string[];
}

/** `first`: the connection's units of work run before the others' waiting ones (see WireSessions.open). */
export type ToWorker = { type: "connect"; port: MessagePort; first: boolean } | { type: "close" };

export type FromWorker =
  | { type: "ready" }
  | { type: "failed"; message: string }
  | { type: "closed" };
