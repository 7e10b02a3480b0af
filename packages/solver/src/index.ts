/**
 * @tournee/solver — vehicle-routing engine for rich problems (capacities in several
 * dimensions, time windows, skills, priorities, shipments, breaks, working hours, reloads),
 * with no runtime dependencies.
 *
 * - `solve(problem, options)`: optimise (optionally over several worker threads); options add
 *   balancing (`balance`), minimal change (`baseline`), a CPU clock, early stop.
 * - `solveSync(problem, options)`: optimise in the calling thread.
 * - `solveInWorker(problem, options)`: one search in a `node:worker_threads` worker.
 * - `plan(problem, routes)`: evaluate routes in a fixed order (times, loads, violations).
 * - `replan(problem, input, options)` / `replanProblem(problem, input)`: the rest of a day after
 *   stops were done, vehicles moved or broke down.
 * - `planHorizon(horizon, options)`: periodic planning over 1 to 5 weeks.
 */
export type * from "./types.js";
export type * from "./periodic/types.js";
export { solve } from "./solve-async.js";
export { solveSync, compareSolutions } from "./solve.js";
export { solveInWorker } from "./worker-client.js";
export { plan } from "./plan.js";
export { replan, replanProblem, type ReplanInput, type ReplanProblem } from "./replan.js";
export { planHorizon } from "./periodic/plan-horizon.js";
export { normaliseWindows } from "./windows.js";
export { ProblemError, validateProblem } from "./validate.js";
export { parseInstance, FormatError, type BenchInstance } from "./formats/index.js";
