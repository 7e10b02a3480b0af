import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Problem, Progress, Solution, SolveOptions } from "./types.js";

/** Messages from the solver worker. */
export type WorkerMessage = { type: "progress"; progress: Progress } | { type: "done"; solution: Solution } | { type: "error"; message: string };

function spawn(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./worker.js", import.meta.url));
  // Running from the TypeScript sources (tests, tsx): load the worker through tsx.
  const pkg = createRequire(import.meta.url).resolve("tsx/package.json");
  const exportsMap = (JSON.parse(readFileSync(pkg, "utf8")) as { exports: Record<string, { import: { default: string } }> }).exports;
  const api = pathToFileURL(join(dirname(pkg), exportsMap["./esm/api"]!.import.default)).href;
  const entry = new URL("./worker.ts", import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then((m) => (m.tsImport ?? m.default.tsImport)(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
  return new Worker(code, { eval: true });
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
    // The worker is busy searching and cannot read messages: abort through shared memory.
    const stop = new Int32Array(new SharedArrayBuffer(4));
    const abort = () => Atomics.store(stop, 0, 1);
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
    if (signal?.aborted) abort();
    worker.postMessage({ type: "solve", problem, options: plain, progress: onProgress !== undefined, stop });
  });
}
