import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planHorizon } from "./periodic/plan-horizon.js";
import type { HorizonOptions, HorizonProblem } from "./periodic/types.js";
import { replan, type ReplanInput } from "./replan.js";
import { solveSync } from "./solve.js";
import { auditSolution } from "./test-support/problems.js";
import type { Problem, Solution, SolveOptions } from "./types.js";

// The worked examples of the README: fixtures/examples/<name>.request.json → <name>.solution.json.
// TOURNEE_WRITE_EXAMPLES=1 npx vitest run src/examples.test.ts writes the solutions after a deliberate change.
const dir = new URL("../fixtures/examples/", import.meta.url);
const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, dir), "utf8")) as T;
const problemOf = (p: Problem | string): Problem => (typeof p === "string" ? read<Problem>(p) : p);

function check(name: string, solution: unknown): void {
  const file = new URL(`${name}.solution.json`, dir);
  // Lists of numbers on one line, as in the request files.
  const text = JSON.stringify(solution, (key, value: unknown) => (key === "runtimeMs" ? 0 : value), 2).replace(/\[\s*(-?[\d.e+]+(?:,\s*-?[\d.e+]+)*)\s*\]/g, (_, list: string) => `[${list.split(",").map((x) => x.trim()).join(", ")}]`) + "\n";
  if (process.env.TOURNEE_WRITE_EXAMPLES === "1" || !existsSync(file)) writeFileSync(file, text);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, "utf8")));
}

describe("worked examples (README)", () => {
  it("balance: the longest day shortened within the distance allowed", () => {
    const { problem, options } = read<{ problem: Problem; options: SolveOptions }>("balance.request.json");
    const s = solveSync(problem, options);
    expect(auditSolution(problem, s)).toEqual([]);
    const cheapest = solveSync(problem, { ...options, balance: undefined });
    expect(s.summary.workingTime.longest).toBeLessThan(cheapest.summary.workingTime.longest);
    check("balance", s);
  });

  it("replan: a breakdown at 10:30", () => {
    const { problem, input, options } = read<{ problem: string; input: ReplanInput; options: SolveOptions }>("replan.request.json");
    const s = replan(problemOf(problem), input, options);
    expect(s.routes.map((r) => r.vehicle)).toEqual(["van-chilled"]);
    check("replan", s);
  });

  it("multi-trip: a car that reloads", () => {
    const { problem, options } = read<{ problem: Problem; options: SolveOptions }>("multi-trip.request.json");
    const s: Solution = solveSync(problem, options);
    expect(auditSolution(problem, s)).toEqual([]);
    expect(s.routes[0]!.trips).toBe(3);
    check("multi-trip", s);
  });

  it("horizon: two weeks with a timetable", () => {
    const { problem, options } = read<{ problem: HorizonProblem; options: HorizonOptions }>("horizon.request.json");
    const plan = planHorizon(problem, options);
    expect(plan.unassigned).toEqual([]);
    check("horizon", { ...plan, days: plan.days.map((d) => ({ date: d.date, solution: d.solution })) });
  });
});
