import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plan } from "./plan.js";
import { solveSync } from "./solve.js";
import { arbitraryProblem, auditSolution, lineProblem, plannedRoutes } from "./test-support/problems.js";

describe("multi-trip: a small vehicle back at its depot to reload", () => {
  it("serves twice its capacity in two trips, and says which trip each stop is on", () => {
    const p = lineProblem(8, { capacity: [4], reload: { duration: 30 } }, () => ({ delivery: [1] }));
    const s = solveSync(p, { iterationLimit: 300, seed: 1 });
    expect(auditSolution(p, s)).toEqual([]);
    expect(s.unassigned).toEqual([]);
    const r = s.routes[0]!;
    expect(r.trips).toBe(2);
    const reload = r.steps.find((x) => x.type === "reload")!;
    expect(reload).toMatchObject({ location: 0, trip: 2, load: [4] });
    expect(reload.departure - reload.start).toBe(30);
    for (const step of r.steps.filter((x) => x.type === "job")) expect(step.trip).toBe(step.start < reload.start ? 1 : 2);
    expect(r.maxLoad).toEqual([4]);
    // Without reloading, half the stops are left out for capacity.
    const single = solveSync(lineProblem(8, { capacity: [4] }, () => ({ delivery: [1] })), { iterationLimit: 300, seed: 1 });
    expect(single.unassigned).toHaveLength(4);
  });

  it("keeps to the most trips allowed, and plan mode places the reloads by the same rule", () => {
    const p = lineProblem(12, { capacity: [4], reload: { maxTrips: 2 } }, () => ({ delivery: [1] }));
    const s = solveSync(p, { iterationLimit: 300, seed: 1 });
    expect(s.unassigned).toHaveLength(4);
    expect(s.unassigned[0]!.reasons[0]).toMatchObject({ kind: "capacity" });
    const checked = plan(p, plannedRoutes(s));
    expect(checked.routes[0]!.steps.map((x) => x.type)).toEqual(s.routes[0]!.steps.map((x) => x.type));
    expect(checked.routes[0]!.duration).toBe(s.routes[0]!.duration);
  });

  it("loads at the depot what a shipment's delivery hands over besides its amount: a bakery on the way is no second depot", () => {
    // Bread collected at a bakery (location 1) for four doors, each also getting 2 of groceries from the depot (location 0).
    const doors = lineProblem(5, { capacity: [4, 10], reload: { duration: 15 } });
    const p = { ...doors, jobs: [], shipments: [2, 3, 4, 5].map((door) => ({
      pickup: { id: `bread-${door}`, location: 1, service: 2 }, delivery: { id: `door-${door}`, location: door, service: 5 }, amount: [0, 1], depotLoad: [2, 0],
    })) };
    const s = solveSync(p, { iterationLimit: 300, seed: 1 });
    expect(auditSolution(p, s)).toEqual([]);
    expect(s.unassigned).toEqual([]);
    const r = s.routes[0]!;
    expect(r.trips).toBe(2);
    expect(r.maxLoad[0]).toBeLessThanOrEqual(4);
    const reload = r.steps.find((x) => x.type === "reload")!;
    // Leaving the depot again: the next trip's groceries, and bread still on board.
    expect(reload.load[0]).toBe(4);
    for (const step of r.steps) expect(step.load[0]).toBeLessThanOrEqual(4);
    // Without reloading, the groceries of only two doors fit, however often the bakery is visited.
    const { reload: _, ...once } = p.vehicles[0]!;
    const single = solveSync({ ...p, vehicles: [once] }, { iterationLimit: 300, seed: 1 });
    expect(single.unassigned).toHaveLength(2);
    expect(single.unassigned[0]!.reasons[0]).toMatchObject({ kind: "capacity" });
  });

  it("is feasible and agrees with plan mode on random problems", () => {
    fc.assert(
      fc.property(arbitraryProblem({ maxJobs: 12, maxVehicles: 2, breaks: true, shipments: true, reload: true }), fc.integer({ min: 1, max: 1000 }), (p, seed) => {
        const s = solveSync(p, { iterationLimit: 100, seed });
        expect(auditSolution(p, s)).toEqual([]);
        const checked = plan(p, plannedRoutes(s));
        expect(checked.routes.map((r) => r.steps.map((x) => [x.type, x.start]))).toEqual(s.routes.map((r) => r.steps.map((x) => [x.type, x.start])));
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
