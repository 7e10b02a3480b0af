import { compareSolutions, solveSync } from "./solve.js";
import type { Problem, Solution, SolveOptions } from "./types.js";
import { solveInWorker } from "./worker-client.js";

/**
 * Solves the problem. With `threads` > 1, runs that many independent searches in worker
 * threads (seeds seed, seed+1, …) and returns the best; otherwise searches in this thread.
 */
export async function solve(problem: Problem, options: SolveOptions = {}): Promise<Solution> {
  const threads = Math.max(1, Math.floor(options.threads ?? 1));
  if (threads === 1) return solveSync(problem, options);
  const seed = options.seed ?? 1;
  const runs = await Promise.all(Array.from({ length: threads }, (_, i) => solveInWorker(problem, { ...options, threads: 1, seed: seed + i })));
  return runs.sort(compareSolutions)[0]!;
}
