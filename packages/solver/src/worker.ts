import { parentPort } from "node:worker_threads";
import { solveSync } from "./solve.js";
import type { Problem, SolveOptions } from "./types.js";
import type { WorkerMessage } from "./worker-client.js";

/** Worker entry: one solve per worker; the parent sets stop[0] = 1 to end the search early. */
const port = parentPort;
if (port) {
  const send = (msg: WorkerMessage) => port.postMessage(msg);
  port.on("message", (msg: { type: "solve"; problem: Problem; options: SolveOptions; progress: boolean; stop: Int32Array }) => {
    try {
      const solution = solveSync(
        msg.problem,
        { ...msg.options, onProgress: msg.progress ? (p) => send({ type: "progress", progress: p }) : undefined },
        { shouldStop: () => Atomics.load(msg.stop, 0) === 1 },
      );
      send({ type: "done", solution });
    } catch (e) {
      send({ type: "error", message: (e as Error).message });
    }
  });
}
