import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveSync } from "./solve.js";
import { arbitraryProblem, auditSolution, lineProblem } from "./test-support/problems.js";
import { falseReasons } from "./test-support/reasons-truth.js";

const quick = { iterationLimit: 200, seed: 1 };
const reasonsOf = (s: ReturnType<typeof solveSync>, id: number | string) => s.unassigned.find((u) => String(u.id) === String(id))?.reasons ?? [];

describe("reasons for what is left out", () => {
  it("name the compartment that is too small, and the vehicles", () => {
    const p = lineProblem(2, { capacity: [10, 3] }, (i) => ({ delivery: i === 1 ? [2, 5] : [1, 1] }));
    const s = solveSync(p, quick);
    expect(reasonsOf(s, 1)).toEqual([expect.objectContaining({ kind: "capacity", dimension: 1, alone: true, vehicles: ["v1"] })]);
    expect(falseReasons(p, s)).toEqual([]);
  });

  it("tell a window that cannot be reached from the driver's hours", () => {
    const p = lineProblem(2, { timeWindow: [100, 1000] }, (i) => (i === 2 ? { timeWindows: [[0, 50]] } : {}));
    const s = solveSync(p, quick);
    expect(reasonsOf(s, 2)).toEqual([expect.objectContaining({ kind: "time-window", alone: true })]);
    const q = lineProblem(2, { timeWindow: [0, 30] });
    const t = solveSync(q, quick);
    expect(reasonsOf(t, 2)).toEqual([expect.objectContaining({ kind: "working-hours", alone: true, vehicles: ["v1"] })]);
    expect([...falseReasons(p, s), ...falseReasons(q, t)]).toEqual([]);
  });

  it("say when a job fits alone but every place in the routes breaks a limit", () => {
    const p = lineProblem(3, { maxStops: 2 }, (i) => ({ priority: i === 3 ? 0 : 5 }));
    const s = solveSync(p, quick);
    expect(s.unassigned.map((u) => u.id)).toEqual([3]);
    expect(reasonsOf(s, 3)).toEqual([expect.objectContaining({ kind: "max-stops", alone: false, vehicles: ["v1"] })]);
    expect(falseReasons(p, s)).toEqual([]);
  });

  it("every reason given is true of the instance (random rich problems)", () => {
    fc.assert(
      fc.property(arbitraryProblem({ maxJobs: 10, maxVehicles: 3, breaks: true, shipments: true }), fc.integer({ min: 1, max: 1000 }), (p, seed) => {
        const s = solveSync(p, { iterationLimit: 100, seed });
        expect(auditSolution(p, s)).toEqual([]);
        expect(falseReasons(p, s)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  }, 120_000);
});
