import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plan } from "./plan.js";
import { solveSync } from "./solve.js";
import { arbitraryProblem, auditSolution, plannedRoutes } from "./test-support/problems.js";
import type { Problem, Route, Solution, Step, TimeWindow } from "./types.js";

const H = 3600;
/** Depot 0, bakery 1, two homes 2 and 3: 4 min to the bakery, 20 min on to the homes. */
const durations = [
  [0, 240, 1500, 1600],
  [240, 0, 1200, 1300],
  [1500, 1200, 0, 300],
  [1600, 1300, 300, 0],
];

function bakeryDay(bakery: TimeWindow, vehicle: Partial<Problem["vehicles"][number]> = {}): Problem {
  return {
    version: 1,
    matrices: { car: { durations } },
    shipments: [{ pickup: { id: "bread", location: 1, service: 300, timeWindows: [bakery] }, delivery: { id: "home", location: 2, service: 600, timeWindows: [[9 * H, 10 * H]] }, amount: [2] }],
    vehicles: [{ id: "car", start: 0, end: 0, capacity: [10], timeWindow: [7.5 * H, 18 * H], ...vehicle }],
  };
}

const at = (r: Route, id: string) => r.steps.find((s) => s.id === id)!;

describe("leaving as late as the windows allow", () => {
  it("a trip that starts with a pickup leaves late enough to reach its first drop without waiting", () => {
    const s = solveSync(bakeryDay([7 * H, 13 * H]), { iterationLimit: 50, seed: 1 });
    const r = s.routes[0]!;
    expect(r.steps[0]!.departure).toBe(9 * H - 1200 - 300 - 240);
    expect(at(r, "bread")).toMatchObject({ start: 9 * H - 1200 - 300, waiting: 0 });
    expect(at(r, "home")).toMatchObject({ start: 9 * H, waiting: 0 });
    expect(r.waiting).toBe(0);
    expect(r.duration).toBe(240 + 300 + 1200 + 600 + 1500);
    expect(s.summary.workingTime.longest).toBe(r.duration);
  });

  it("stops at the window of the pickup: the rest of the wait stays at the drop", () => {
    const r = solveSync(bakeryDay([7 * H, 8 * H]), { iterationLimit: 50, seed: 1 }).routes[0]!;
    expect(at(r, "bread")).toMatchObject({ start: 8 * H, waiting: 0 });
    expect(at(r, "home")).toMatchObject({ start: 9 * H, waiting: H - 300 - 1200 });
  });

  it("counts the trimmed day against the maximum working time", () => {
    // Leaving at 07:30 the day would last 2 h 5; leaving when the windows allow, 1 h 4.
    const s = solveSync(bakeryDay([7 * H, 13 * H], { maxWorkingTime: 65 * 60 }), { iterationLimit: 50, seed: 1 });
    expect(s.unassigned).toEqual([]);
    expect(auditSolution(bakeryDay([7 * H, 13 * H], { maxWorkingTime: 65 * 60 }), s)).toEqual([]);
  });

  it("after a reload, the vehicle waits at the depot rather than at a door", () => {
    const p: Problem = {
      version: 1,
      matrices: { car: { durations } },
      jobs: [
        { id: "a", location: 2, service: 600, delivery: [8], timeWindows: [[8 * H, 8.5 * H]] },
        { id: "b", location: 3, service: 600, delivery: [8], timeWindows: [[11 * H, 12 * H]] },
      ],
      vehicles: [{ id: "van", start: 0, end: 0, capacity: [10], timeWindow: [7 * H, 18 * H], reload: { duration: 900 } }],
    };
    const r = plan(p, [{ vehicle: "van", steps: ["a", "b"] }]).routes[0]!;
    const reload = r.steps.find((x) => x.type === "reload")!;
    expect(at(r, "b")).toMatchObject({ start: 11 * H, waiting: 0 });
    expect(reload.departure).toBe(11 * H - 1600);
    expect(reload.waiting).toBeGreaterThan(0);
    expect(r.violations).toEqual([]);
  });

  it("never serves a stop later than planned to spare a wait further on: a halt keeps its time", () => {
    const p: Problem = {
      version: 1,
      matrices: { car: { durations } },
      jobs: [
        { id: "halt", location: 2, service: 600, timeWindows: [[8 * H, 8.5 * H]] },
        { id: "home", location: 3, service: 600, timeWindows: [[11 * H, 12 * H]] },
      ],
      vehicles: [{ id: "van", start: 0, end: 0, timeWindow: [7 * H, 18 * H] }],
    };
    const r = plan(p, [{ vehicle: "van", steps: ["halt", "home"] }]).routes[0]!;
    expect(r.steps[0]!.departure).toBe(8 * H - 1500);
    expect(at(r, "halt")).toMatchObject({ start: 8 * H, waiting: 0 });
    expect(at(r, "home").waiting).toBe(11 * H - (8 * H + 600 + 300));
  });

  it("random rich problems: no window broken, the order kept, and no wait a later departure would have removed", () => {
    fc.assert(
      fc.property(arbitraryProblem({ maxJobs: 10, maxVehicles: 3, breaks: true, shipments: true, reload: true }), fc.integer({ min: 1, max: 1000 }), (p, seed) => {
        const s = solveSync(p, { iterationLimit: 100, seed });
        expect(auditSolution(p, s)).toEqual([]);
        expect(scheduleErrors(p, s)).toEqual([]);
        // Plan mode on the same orders reproduces the same times: the trimming changes no route.
        const again = plan(p, plannedRoutes(s));
        expect(again.routes.map((r) => r.steps.map(times))).toEqual(s.routes.map((r) => r.steps.map(times)));
      }),
      { numRuns: 80 },
    );
  }, 60000);
});

const times = (x: Step) => [x.type, x.id, x.arrival, x.start, x.departure];

/** Checks a solution's times against the problem as written. */
function scheduleErrors(p: Problem, s: Solution): string[] {
  const errors: string[] = [];
  const windows = new Map<string, TimeWindow[]>();
  for (const j of p.jobs ?? []) windows.set(String(j.id), j.timeWindows ?? []);
  for (const sh of p.shipments ?? []) for (const x of [sh.pickup, sh.delivery]) windows.set(String(x.id), x.timeWindows ?? []);
  for (const v of p.vehicles) for (const b of v.breaks ?? []) windows.set(String(b.id), b.timeWindows);
  const inside = (id: string | number | undefined, t: number) => {
    const w = id === undefined ? [] : (windows.get(String(id)) ?? []);
    return w.length === 0 || w.some(([a, b]) => a <= t && t <= b);
  };
  for (const r of s.routes) {
    const steps = r.steps;
    steps.forEach((x, i) => {
      if (x.waiting < 0 || x.start !== x.arrival + x.waiting) errors.push(`${String(r.vehicle)} step ${i}: waiting ${x.waiting} between ${x.arrival} and ${x.start}`);
      if (i > 0 && x.arrival < steps[i - 1]!.departure) errors.push(`${String(r.vehicle)} step ${i}: arrives before leaving the previous step`);
      if (!inside(x.id, x.start)) errors.push(`${String(r.vehicle)}: ${String(x.id)} starts at ${x.start}, outside its windows`);
    });
    if (r.duration !== steps.at(-1)!.arrival - steps[0]!.departure) errors.push(`${String(r.vehicle)}: duration ${r.duration} is not the time from leaving to the end`);
    // From the start and after each reload: the first wait that follows must be held by a step in between that cannot start
    // any later (half a unit: times are whole units, windows are read on the real line).
    steps.forEach((from, p) => {
      if (from.type !== "start" && from.type !== "reload") return;
      const j = steps.findIndex((x, k) => k > p && x.waiting > 0);
      if (j < 0) return;
      // A job or a delivery is never served later than planned: it holds the departure too.
      const held = steps.slice(p + 1, j).some((x) => x.type === "job" || x.type === "delivery" || !inside(x.id, x.start + 0.5));
      if (!held) errors.push(`${String(r.vehicle)}: waits ${steps[j]!.waiting} before ${String(steps[j]!.id ?? steps[j]!.type)} although it could leave step ${p} later`);
    });
  }
  return errors;
}
