import { describe, expect, it } from "vitest";
import { solveInWorker } from "./worker-client.js";
import { auditSolution, mediumProblem } from "./test-support/problems.js";
import type { Progress } from "./types.js";

describe("solveInWorker", () => {
  it("solves in a worker thread, reports progress and stops on abort", async () => {
    const p = mediumProblem(60, 10);
    const controller = new AbortController();
    const progress: Progress[] = [];
    // An hour's limit: the search ends only because it is aborted.
    const s = await solveInWorker(p, {
      timeLimit: 3600,
      signal: controller.signal,
      onProgress: (x) => {
        progress.push(x);
        controller.abort();
      },
    });
    expect(progress.length).toBeGreaterThan(0);
    expect(auditSolution(p, s)).toEqual([]);
  }, 120_000);

  it("rejects with the problem error", async () => {
    await expect(solveInWorker({ version: 1, matrices: {}, vehicles: [] })).rejects.toThrow(/matrices/);
  });
});
