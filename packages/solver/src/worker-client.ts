import { Worker } from "node:worker_threads";
import type { Problem, Progress, Solution, SolveOptions } from "./types.js";

/** Messages from the solver worker. */
export type WorkerMessage = { type: "progress"; progress: Progress } | { type: "done"; solution: Solution } | { type: "error"; message: string };

function spawn(): Worker {
  const fromSource = import.meta.url.endsWith(".ts");
  const url = new URL(fromSource ? "./worker.ts" : "./worker.js", import.meta.url);
  return new Worker(url, fromSource ? { execArgv: [...process.execArgv, "--import", "tsx"] } : {});
}

/**
 * Runs one search in a `node:worker_threads` worker so the caller's event loop stays free.
 * Progress is forwarded to `options.onProgress`; aborting `options.signal` stops the search,
 * which then resolves with the best solution found so far.
 */
export function solveInWorker(problem: Problem, options: SolveOptions = {}): Promise<Solution> {
  const { signal, onProgress, ...plain } = options;
  return new Promise((resolve, reject) => {
    const worker = spawn();
    const abort = () => worker.postMessage({ type: "abort" });
    signal?.addEventListener("abort", abort, { once: true });
    const finish = () => {
      signal?.removeEventListener("abort", abort);
      void worker.terminate();
    };
    worker.on("message", (msg: WorkerMessage) => {
      if (msg.type === "progress") onProgress?.(msg.progress);
      else if (msg.type === "done") {
        finish();
        resolve(msg.solution);
      } else {
        finish();
        reject(new Error(msg.message));
      }
    });
    worker.on("error", (e) => {
      finish();
      reject(e);
    });
    worker.postMessage({ type: "solve", problem, options: { ...plain, progress: onProgress !== undefined, aborted: signal?.aborted ?? false } });
  });
}
