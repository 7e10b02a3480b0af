/** Runs one plan of several weeks in a worker thread, so the server's event loop stays free: `workerData` is the problem and options; it posts each day planned, then the plan. */
import { parentPort, workerData } from "node:worker_threads";
import { planHorizon, type HorizonProblem } from "@tournee/solver";

const { horizon, iterationsPerDay } = workerData as { horizon: HorizonProblem; iterationsPerDay: number };
const plan = planHorizon(horizon, { iterationsPerDay, onDay: (done, total) => parentPort!.postMessage({ kind: "day", done, total }) });
parentPort!.postMessage({ kind: "done", plan });
