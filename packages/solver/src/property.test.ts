import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveSync } from "./solve.js";
import { bruteForce } from "./test-support/brute-force.js";
import { arbitraryProblem, auditSolution } from "./test-support/problems.js";

describe("random rich problems", () => {
  it("every job is served feasibly (by the independent evaluator) or left out with a reason", () => {
    fc.assert(
      fc.property(arbitraryProblem({ maxJobs: 12, maxVehicles: 3, breaks: true, shipments: true }), fc.integer({ min: 1, max: 1000 }), (p, seed) => {
        const s = solveSync(p, { iterationLimit: 150, seed });
        expect(auditSolution(p, s)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 60000);

  it("finds the brute-force optimum on instances of up to 8 jobs", () => {
    fc.assert(
      fc.property(arbitraryProblem({ maxJobs: 6, maxVehicles: 2 }), (p) => {
        const s = solveSync(p, { iterationLimit: 400, seed: 7 });
        const best = bruteForce(p);
        const priority = (p.jobs ?? []).filter((j) => !s.unassigned.some((u) => u.id === j.id)).reduce((a, j) => a + (j.priority ?? 0), 0);
        expect(priority).toBe(best.priority);
        expect((p.jobs ?? []).length - s.unassigned.length).toBe(best.served);
        expect(s.cost).toBeCloseTo(best.cost, 6);
      }),
      { numRuns: 25 },
    );
    fc.assert(
      fc.property(arbitraryProblem({ maxJobs: 7, maxVehicles: 1 }), (p) => {
        const s = solveSync(p, { iterationLimit: 400, seed: 11 });
        const best = bruteForce(p);
        expect((p.jobs ?? []).length - s.unassigned.length).toBe(best.served);
        expect(s.cost).toBeCloseTo(best.cost, 6);
      }),
      { numRuns: 15 },
    );
    // Eight jobs: about 110,000 orders to evaluate per instance, so a few instances only.
    fc.assert(
      fc.property(arbitraryProblem({ minJobs: 8, maxJobs: 8, maxVehicles: 1 }), (p) => {
        const s = solveSync(p, { iterationLimit: 400, seed: 13 });
        const best = bruteForce(p);
        expect((p.jobs ?? []).length - s.unassigned.length).toBe(best.served);
        expect(s.cost).toBeCloseTo(best.cost, 6);
      }),
      { numRuns: 3 },
    );
  }, 120000);
});
