import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { replan, replanProblem } from "./replan.js";
import { solveSync } from "./solve.js";
import { arbitraryProblem, auditSolution, lineProblem, plannedRoutes } from "./test-support/problems.js";
import type { Id, Problem } from "./types.js";

const ids = (s: { routes: { vehicle: Id; steps: { id?: Id; type: string }[] }[] }) =>
  Object.fromEntries(s.routes.map((r) => [String(r.vehicle), r.steps.filter((x) => x.type !== "break" && x.id !== undefined).map((x) => String(x.id))]));

describe("re-planning during the day", () => {
  it("keeps jobs on their vehicles when moving them costs more than it saves", () => {
    const p = lineProblem(6);
    p.vehicles.push({ id: "v2", start: 0, end: 0 });
    // A driven plan that splits the line oddly: v1 takes the odd stops, v2 the even ones.
    const driven = [{ vehicle: "v1", steps: [1, 3, 5] }, { vehicle: "v2", steps: [2, 4, 6] }];
    const kept = solveSync(p, { iterationLimit: 300, seed: 1, baseline: { routes: driven, vehicleChange: 1e6, orderChange: 0 } });
    expect(auditSolution(p, kept)).toEqual([]);
    expect(ids(kept)).toEqual({ v1: ["1", "3", "5"], v2: ["2", "4", "6"] });
    const free = solveSync(p, { iterationLimit: 300, seed: 1, baseline: { routes: driven, vehicleChange: 0, orderChange: 0 } });
    expect(free.cost).toBeLessThan(kept.cost);
    expect(free.cost).toBe(solveSync(p, { iterationLimit: 300, seed: 1 }).cost);
  });

  it("re-plans a breakdown: the broken van's stops go to the other from where it is, done stops stay done", () => {
    const p = lineProblem(6, { timeWindow: [0, 1000] });
    p.vehicles.push({ id: "v2", start: 0, end: 0, timeWindow: [0, 1000] });
    const driven = [{ vehicle: "v1", steps: [1, 2, 3] }, { vehicle: "v2", steps: [4, 5, 6] }];
    const s = replan(p, { routes: driven, positions: [{ vehicle: "v1", location: 1, time: 15, done: [1] }, { vehicle: "v2", location: 4, time: 50, done: [4] }], unavailable: ["v1"] }, { iterationLimit: 300, seed: 1 });
    expect(s.routes.map((r) => r.vehicle)).toEqual(["v2"]);
    expect(ids(s).v2!.sort()).toEqual(["2", "3", "5", "6"]);
    expect(s.routes[0]!.steps[0]).toMatchObject({ type: "start", location: 4 });
    expect(s.routes[0]!.steps[0]!.departure).toBeGreaterThanOrEqual(50);
  });

  it("done stops never come back, kept stops never move, goods on board stay on their vehicle and published times hold", () => {
    fc.assert(
      fc.property(arbitraryProblem({ maxJobs: 10, maxVehicles: 3, shipments: true }), fc.infiniteStream(fc.integer({ min: 0, max: 3 })), fc.integer({ min: 0, max: 30 }), (p, draws, tolerance) => {
        const first = solveSync(p, { iterationLimit: 100, seed: 3 });
        const next = () => draws.next().value as number;
        const positions: { vehicle: Id; location: number; time: number; done: Id[] }[] = [];
        const keep: Id[] = [];
        const published: { id: Id; time: number; tolerance: number }[] = [];
        for (const r of first.routes) {
          const visits = r.steps.filter((x) => x.type !== "start" && x.type !== "end");
          const doneCount = Math.min(next(), visits.length);
          const done = visits.slice(0, doneCount);
          const last = done.at(-1);
          if (last) positions.push({ vehicle: r.vehicle, location: last.location ?? r.steps[0]!.location ?? 0, time: last.departure, done: done.map((x) => x.id!) });
          const following = visits[doneCount];
          if (following?.type === "job" && next() === 0) keep.push(following.id!);
          for (const x of visits.slice(doneCount)) if (x.type === "job" && next() === 1) published.push({ id: x.id!, time: x.start, tolerance });
        }
        const unavailable = first.routes.length > 1 && next() === 0 ? [first.routes[0]!.vehicle] : [];
        const input = { routes: plannedRoutes(first), positions, keep: keep.filter((k) => !unavailable.includes(first.routes.find((r) => ids({ routes: [r] })[String(r.vehicle)]!.includes(String(k)))!.vehicle)), published, unavailable };
        const built = replanProblem(p, input);
        const s = solveSync(built.problem, { iterationLimit: 100, seed: 5, ...built.options });
        expect(auditSolution(built.problem, s)).toEqual([]);
        const now = ids(s);
        const done = new Set(positions.flatMap((x) => x.done.map(String)));
        for (const steps of Object.values(now)) for (const id of steps) expect(done.has(id)).toBe(false);
        for (const v of unavailable) expect(now[String(v)]).toBeUndefined();
        for (const lock of built.options.locks!) {
          const route = now[String(lock.vehicle)] ?? [];
          if (lock.position !== undefined) expect(route[lock.position]).toBe(String(lock.job));
          else if (!s.unassigned.some((u) => String(u.id) === String(lock.job))) expect(route).toContain(String(lock.job));
        }
        for (const pub of published) {
          const step = s.routes.flatMap((r) => r.steps).find((x) => String(x.id) === String(pub.id));
          if (step) expect(step.start - pub.time).toBeGreaterThanOrEqual(0);
          if (step) expect(step.start - pub.time).toBeLessThanOrEqual(pub.tolerance);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("refuses a re-plan with no vehicle left", () => {
    const p: Problem = lineProblem(2);
    expect(() => replanProblem(p, { routes: [], unavailable: ["v1"] })).toThrow(/every vehicle is unavailable/);
  });
});
