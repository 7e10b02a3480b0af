/** The solver's periodic planning in a worker thread: aborting `signal` ends the worker, and the run with it. */
import type { HorizonProblem, HorizonSolution } from "@tournee/solver";
import { startWorker } from "../../worker-thread.js";

/** Search per day: enough for a demo-sized day to settle, small enough for five weeks in seconds. */
export const ITERATIONS_PER_DAY = 3000;

export function solveHorizonInWorker(horizon: HorizonProblem, { signal, onDay }: { signal?: AbortSignal; onDay?: (done: number, total: number) => void } = {}): Promise<HorizonSolution> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(new URL("./horizon-worker.js", import.meta.url), { workerData: { horizon, iterationsPerDay: ITERATIONS_PER_DAY } });
    const abort = () => void worker.terminate().then(() => reject(new Error("planning was cancelled")));
    signal?.addEventListener("abort", abort, { once: true });
    worker.on("message", (m: { kind: "day"; done: number; total: number } | { kind: "done"; plan: HorizonSolution }) => {
      if (m.kind === "day") return onDay?.(m.done, m.total);
      signal?.removeEventListener("abort", abort);
      resolve(m.plan);
      void worker.terminate();
    });
    worker.on("error", (error) => {
      signal?.removeEventListener("abort", abort);
      reject(error);
    });
  });
}
