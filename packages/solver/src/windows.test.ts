import { describe, expect, it } from "vitest";
import { plan } from "./plan.js";
import { solveSync } from "./solve.js";
import { auditSolution, lineProblem, plannedRoutes } from "./test-support/problems.js";
import type { Problem, TimeWindow } from "./types.js";
import { normaliseWindows } from "./windows.js";

describe("several time windows on one job", () => {
  it("are read as their union: sorted, overlapping and touching ones merged", () => {
    expect(normaliseWindows([[30, 40], [0, 10], [5, 20]])).toEqual([[0, 20], [30, 40]]);
    expect(normaliseWindows([[1, 11], [0, 42]])).toEqual([[0, 42]]);
    expect(normaliseWindows([[0, 45], [0, 10]])).toEqual([[0, 45]]);
    expect(normaliseWindows([[10, 20], [0, 10]])).toEqual([[0, 20]]);
    expect(normaliseWindows([[12, 20], [0, 10]])).toEqual([[0, 10], [12, 20]]);
    expect(normaliseWindows([])).toEqual([]);
  });

  it("given unsorted and overlapping, plan as their union would", () => {
    const windows: TimeWindow[][] = [[[60, 70], [0, 15], [10, 30]], [[40, 45], [35, 50]], [[100, 200], [0, 5]]];
    const asGiven = lineProblem(3, {}, (i) => ({ timeWindows: windows[i - 1]! }));
    const asUnion = lineProblem(3, {}, (i) => ({ timeWindows: normaliseWindows(windows[i - 1]!) }));
    const a = solveSync(asGiven, { iterationLimit: 100, seed: 1 });
    const b = solveSync(asUnion, { iterationLimit: 100, seed: 1 });
    expect(auditSolution(asGiven, a)).toEqual([]);
    expect(plannedRoutes(a)).toEqual(plannedRoutes(b));
    expect(a.cost).toBe(b.cost);
  });

  // Found by the property test (seed 2107160645): job 1's windows [[1, 11], [0, 42]] were read
  // as closing at 11, so no stop could go before it, and the solver stopped at 23 for 22.
  it("reach the optimum of the instance where overlapping windows hid it", () => {
    const p: Problem = {
      version: 1,
      matrices: { car: { durations: [[0, 1, 2, 19], [1, 0, 3, 19], [2, 3, 0, 19], [19, 19, 19, 0]] } },
      jobs: [
        { id: 1, location: 0, service: 0, setup: 0, timeWindows: [[1, 11], [0, 42]], delivery: [0, 0], pickup: [0, 0], priority: 0 },
        { id: 2, location: 1, service: 0, setup: 0, delivery: [0, 0], pickup: [0, 0], priority: 0 },
        { id: 3, location: 2, service: 0, setup: 0, timeWindows: [[0, 45], [0, 10]], delivery: [0, 0], pickup: [0, 0], priority: 0 },
      ],
      shipments: [],
      vehicles: [{ id: "v0", start: 3, capacity: [4, 2], skills: [], timeWindow: [22, 150], costs: { fixed: 0 } }],
    };
    for (const seed of [1, 7, 42]) {
      const s = solveSync(p, { iterationLimit: 400, seed });
      expect(auditSolution(p, s)).toEqual([]);
      expect(s.cost).toBe(22);
      expect(plannedRoutes(s)).toEqual([{ vehicle: "v0", steps: [2, 1, 3] }]);
    }
    expect(plan(p, [{ vehicle: "v0", steps: [2, 1, 3] }]).summary.violations).toBe(0);
  });
});
