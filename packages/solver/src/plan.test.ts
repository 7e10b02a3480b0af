import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { plan } from "./plan.js";
import { solveSync } from "./solve.js";
import { auditSolution, lineProblem } from "./test-support/problems.js";
import type { Problem, Solution } from "./types.js";

const kinds = (s: Solution) => s.routes.flatMap((r) => r.violations.map((v) => v.kind)).sort();

describe("plan mode", () => {
  it("computes arrival, service start, departure and load without re-optimising", () => {
    const p = lineProblem(2, { capacity: [10] }, (i) => ({ delivery: [i], timeWindows: [[50, 100]] }));
    const s = plan(p, [{ vehicle: "v1", steps: [2, 1] }]);
    const [start, two, one, end] = s.routes[0]!.steps;
    expect(start!.load).toEqual([3]);
    // The vehicle leaves as late as the windows allow rather than waiting there.
    expect(start).toMatchObject({ departure: 30 });
    expect(two).toMatchObject({ id: 2, arrival: 50, waiting: 0, start: 50, departure: 55, load: [1] });
    expect(one).toMatchObject({ id: 1, arrival: 65, start: 65, departure: 70, load: [0] });
    expect(end!.arrival).toBe(80);
    expect(s.summary.violations).toBe(0);
  });

  it("reports lateness, capacity, skills, max travel time and max stops", () => {
    const p = lineProblem(3, { capacity: [2], maxTravelTime: 30, maxStops: 2, skills: [] }, (i) => ({ delivery: [1], timeWindows: [[0, 15]], skills: i === 3 ? [4] : [] }));
    const s = plan(p, [{ vehicle: "v1", steps: [1, 2, 3] }]);
    expect(kinds(s)).toEqual(["capacity", "max-stops", "max-travel-time", "skills", "time-window", "time-window"]);
    expect(s.routes[0]!.violations.find((v) => v.kind === "time-window")!.message).toMatch(/after its window closes/);
  });

  it("reports working hours, missed breaks, precedence, duplicates, unknown steps and locks", () => {
    const p: Problem = {
      ...lineProblem(2, { timeWindow: [0, 30], breaks: [{ id: "b", timeWindows: [[0, 5]], duration: 10 }] }),
      shipments: [{ pickup: { id: "p", location: 1 }, delivery: { id: "d", location: 2 } }],
    };
    const s = plan(p, [{ vehicle: "v1", steps: [2, "d", "p", 1, 1, "zz", "b"] }], { locks: [{ job: 2, vehicle: "v1", position: 1 }] });
    expect(new Set(kinds(s))).toEqual(new Set(["working-hours", "break", "precedence", "duplicate", "unknown-step", "locked"]));
  });

  it("agrees with the solver on a rich example (fixture)", () => {
    const problem = JSON.parse(readFileSync(new URL("../fixtures/bakery-round.problem.json", import.meta.url), "utf8")) as Problem;
    const expected = JSON.parse(readFileSync(new URL("../fixtures/bakery-round.solution.json", import.meta.url), "utf8")) as Solution;
    const s = solveSync(problem, { iterationLimit: 500, seed: 1 });
    s.summary.runtimeMs = 0;
    expect(s).toEqual(expected);
    expect(auditSolution(problem, s)).toEqual([]);
  });
});
