import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveSync } from "./solve.js";
import { arbitraryProblem, auditSolution } from "./test-support/problems.js";
import type { Problem } from "./types.js";

/** Two vans at one depot; six stops at the same village, 100 s each. */
function village(): Problem {
  return {
    version: 1,
    matrices: { car: { durations: [[0, 10], [10, 0]] } },
    jobs: Array.from({ length: 6 }, (_, i) => ({ id: i + 1, location: 1, service: 100 })),
    vehicles: [{ id: "a", start: 0, end: 0 }, { id: "b", start: 0, end: 0 }],
  };
}

const days = (s: ReturnType<typeof solveSync>) => s.routes.map((r) => r.duration).sort((x, y) => x - y);

describe("balancing working days", () => {
  it("splits the work when the distance allowed lets it, and not otherwise", () => {
    const p = village();
    const cheapest = solveSync(p, { iterationLimit: 300, seed: 1 });
    expect(days(cheapest)).toEqual([620]);
    const balanced = solveSync(p, { iterationLimit: 300, seed: 1, balance: { objective: "longest-day", maxDistanceIncrease: 1 } });
    expect(auditSolution(p, balanced)).toEqual([]);
    expect(days(balanced)).toEqual([320, 320]);
    expect(balanced.summary.workingTime).toEqual({ total: 640, longest: 320, shortest: 320 });
    const bounded = solveSync(p, { iterationLimit: 300, seed: 1, balance: { objective: "spread", maxDistanceIncrease: 0.5 } });
    expect(days(bounded)).toEqual([620]);
  });

  it("reports driving time, working time and loads per compartment for each vehicle", () => {
    const p = village();
    p.jobs = p.jobs!.map((j, i) => ({ ...j, delivery: [1, i % 2], pickup: [0, 1] }));
    p.vehicles = p.vehicles.map((v) => ({ ...v, capacity: [6, 6] }));
    const s = solveSync(p, { iterationLimit: 300, seed: 1, balance: { objective: "spread", maxDistanceIncrease: 1 } });
    for (const r of s.routes) {
      expect(r.travelTime).toBe(20);
      expect(r.duration).toBe(320);
      expect(r.delivery[0]).toBe(3);
      expect(r.pickup).toEqual([0, 3]);
      expect(r.maxLoad[0]).toBe(3);
    }
  });

  it("never returns an infeasible plan, never serves less for balance, and keeps within the distance allowed", () => {
    fc.assert(
      fc.property(
        arbitraryProblem({ maxJobs: 10, maxVehicles: 3, breaks: true, shipments: true }),
        fc.constantFrom("longest-day" as const, "spread" as const),
        fc.constantFrom(0, 0.1, 0.5),
        fc.integer({ min: 1, max: 1000 }),
        (p, objective, maxDistanceIncrease, seed) => {
          const balanced = solveSync(p, { iterationLimit: 200, seed, balance: { objective, maxDistanceIncrease, share: 0.5 } });
          expect(auditSolution(p, balanced)).toEqual([]);
          // The first half of the budget is the plain search: the same plan as a plain run of that length.
          const cheapest = solveSync(p, { iterationLimit: 100, seed });
          // Never worse on what comes first: priority served, then the number of jobs served
          // (the longer search may serve more priority with fewer jobs).
          const [b, c] = [balanced.summary, cheapest.summary];
          expect(b.priorityServed > c.priorityServed || (b.priorityServed === c.priorityServed && b.unassigned <= c.unassigned)).toBe(true);
          expect(balanced.summary.distance).toBeLessThanOrEqual(cheapest.summary.distance * (1 + maxDistanceIncrease) + 1e-6);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
