import { describe, expect, it } from "vitest";
import { solve } from "./solve-async.js";
import { solveSync } from "./solve.js";
import { auditSolution, lineProblem, mediumProblem, plannedRoutes } from "./test-support/problems.js";
import type { Progress } from "./types.js";

const medium = mediumProblem(40, 8);

describe("solve options", () => {
  it("same seed and iteration limit give the identical solution", () => {
    const a = solveSync(medium, { iterationLimit: 300, seed: 5 });
    const b = solveSync(medium, { iterationLimit: 300, seed: 5 });
    expect(plannedRoutes(a)).toEqual(plannedRoutes(b));
    expect(a.cost).toBe(b.cost);
  });

  it("the seed changes the search", () => {
    const costs = new Set([1, 2, 3, 4].map((seed) => solveSync(medium, { iterationLimit: 50, seed }).cost));
    expect(costs.size).toBeGreaterThan(1);
  });

  it("stops at the iteration limit, and improves with more iterations", () => {
    const short = solveSync(medium, { iterationLimit: 10, seed: 1 });
    const long = solveSync(medium, { iterationLimit: 2000, seed: 1 });
    expect(short.summary.iterations).toBe(10);
    expect(long.summary.iterations).toBe(2000);
    expect(long.cost).toBeLessThan(short.cost);
    expect(auditSolution(medium, long)).toEqual([]);
  });

  it("stops at the time limit, read from the clock", () => {
    // A fake clock that advances 1 ms per reading: the limit is reached after ~200 readings,
    // whatever the machine's load.
    let ms = 0;
    const s = solveSync(medium, { timeLimit: 0.2 }, { now: () => (ms += 1) });
    expect(s.summary.iterations).toBeGreaterThan(0);
    expect(s.summary.iterations).toBeLessThan(200);
    expect(auditSolution(medium, s)).toEqual([]);
    // And a real clock ends the search too, with a feasible plan (the default limit would be 10 s).
    expect(auditSolution(medium, solveSync(medium, { timeLimit: 0.05, stopOnIdle: false }))).toEqual([]);
  });

  it("stops when the signal is aborted", () => {
    const controller = new AbortController();
    let abortedAt = -1;
    const s = solveSync(medium, {
      timeLimit: 3600,
      signal: controller.signal,
      onProgress: (p) => {
        if (abortedAt >= 0) return;
        abortedAt = p.iteration;
        controller.abort();
      },
    });
    expect(abortedAt).toBeGreaterThanOrEqual(0);
    expect(s.summary.iterations).toBeLessThanOrEqual(abortedAt + 1);
    expect(auditSolution(medium, s)).toEqual([]);
  });

  it("reports progress with the best cost so far, never increasing", () => {
    const seen: Progress[] = [];
    const s = solveSync(medium, { iterationLimit: 3000, seed: 2, onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(0);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.bestCost).toBeLessThanOrEqual(seen[i - 1]!.bestCost);
    expect(seen.at(-1)!.bestCost).toBeCloseTo(s.cost, 6);
  });

  it("starts from an initial solution", () => {
    const p = lineProblem(4);
    const initial = [{ vehicle: "v1", steps: [2, 1, 4, 3] }];
    const s = solveSync(p, { iterationLimit: 0, initial });
    expect(plannedRoutes(s)).toEqual(initial);
    expect(solveSync(p, { iterationLimit: 0 }).cost).toBeLessThan(s.cost);
  });

  it("keeps locked jobs at their vehicle and positions", () => {
    const p = lineProblem(4);
    p.vehicles.push({ id: "v2", start: 0, end: 0 });
    const locks = [
      { job: 3, vehicle: "v1", position: 0 },
      { job: 1, vehicle: "v1", position: 1 },
      { job: 4, vehicle: "v2" },
    ];
    const s = solveSync(p, { iterationLimit: 200, locks });
    const routes = Object.fromEntries(plannedRoutes(s).map((r) => [r.vehicle, r.steps]));
    expect(routes.v1!.slice(0, 2)).toEqual([3, 1]);
    expect(routes.v2).toContain(4);
    expect(auditSolution(p, s)).toEqual([]);
    expect(() => solveSync(p, { locks: [{ job: 2, vehicle: "v1", position: 1 }] })).toThrow(/position 0 is missing/);
  });

  it("runs several independent searches with threads and keeps the best", async () => {
    const cost = (seed: number) => solveSync(medium, { iterationLimit: 40, seed }).cost;
    // A seed whose successor does strictly better: ignoring `threads` would return cost(seed).
    let seed = 10;
    while (cost(seed + 1) >= cost(seed)) seed++;
    const s = await solve(medium, { iterationLimit: 40, seed, threads: 2 });
    expect(s.cost).toBe(cost(seed + 1));
  }, 30000);
});
