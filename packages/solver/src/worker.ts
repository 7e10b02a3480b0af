import { parentPort } from "node:worker_threads";
import { solveSync } from "./solve.js";
import type { Problem, SolveOptions } from "./types.js";
import type { WorkerMessage } from "./worker-client.js";

/** Worker entry: one solve per worker; an "abort" message stops the search early. */
const port = parentPort;
if (port) {
  const controller = new AbortController();
  const send = (msg: WorkerMessage) => port.postMessage(msg);
  port.on("message", (msg: { type: "abort" } | { type: "solve"; problem: Problem; options: SolveOptions & { progress: boolean; aborted: boolean } }) => {
    if (msg.type === "abort") {
      controller.abort();
      return;
    }
    const { progress, aborted, ...options } = msg.options;
    if (aborted) controller.abort();
    // The search runs synchronously; yield once so a pending abort message is delivered first.
    setImmediate(() => {
      try {
        const solution = solveSync(msg.problem, {
          ...options,
          signal: controller.signal,
          onProgress: progress ? (p) => send({ type: "progress", progress: p }) : undefined,
        });
        send({ type: "done", solution });
      } catch (e) {
        send({ type: "error", message: (e as Error).message });
      }
    });
  });
}
