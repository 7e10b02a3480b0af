/**
 * @tournee/solver — vehicle-routing engine for rich problems (capacities in several
 * dimensions, time windows, skills, priorities, shipments, breaks, working hours), with
 * no runtime dependencies.
 *
 * - `solve(problem, options)`: optimise (optionally over several worker threads).
 * - `solveSync(problem, options)`: optimise in the calling thread.
 * - `solveInWorker(problem, options)`: one search in a `node:worker_threads` worker.
 * - `plan(problem, routes)`: evaluate routes in a fixed order (times, loads, violations).
 */
export type * from "./types.js";
export { solve } from "./solve-async.js";
export { solveSync, compareSolutions } from "./solve.js";
export { solveInWorker } from "./worker-client.js";
export { plan } from "./plan.js";
export { ProblemError, validateProblem } from "./validate.js";
export { parseInstance, FormatError, type BenchInstance } from "./formats/index.js";
