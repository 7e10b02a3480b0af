import { describe, expect, it } from "vitest";
import { solveSync } from "./solve.js";
import { auditSolution, lineProblem } from "./test-support/problems.js";
import type { Problem } from "./types.js";

const quick = { iterationLimit: 300, seed: 3 };

function served(s: ReturnType<typeof solveSync>): string[] {
  return s.routes.flatMap((r) => r.steps.filter((x) => x.type !== "break" && x.id !== undefined).map((x) => String(x.id)));
}

describe("solveSync", () => {
  it("serves every job of an easy problem and reports consistent times", () => {
    const p = lineProblem(5);
    const s = solveSync(p, quick);
    expect(auditSolution(p, s)).toEqual([]);
    expect(s.unassigned).toEqual([]);
    expect(s.cost).toBe(100); // out and back along the line
    const steps = s.routes[0]!.steps;
    expect(steps[0]!.type).toBe("start");
    expect(steps.at(-1)!.type).toBe("end");
    for (const x of steps) expect(x.departure).toBeGreaterThanOrEqual(x.start);
  });

  it("respects hard time windows, waiting when early", () => {
    const p = lineProblem(3, {}, (i) => ({ timeWindows: [[100 - i * 20, 100 - i * 20 + 5]] }));
    const s = solveSync(p, quick);
    expect(auditSolution(p, s)).toEqual([]);
    expect(served(s)).toEqual(["3", "2", "1"]);
  });

  it("leaves out an unreachable job with a readable reason", () => {
    const p = lineProblem(2, { timeWindow: [0, 1000] }, (i) => (i === 2 ? { timeWindows: [[0, 5]] } : {}));
    const s = solveSync(p, quick);
    expect(served(s)).toEqual(["1"]);
    expect(s.unassigned[0]!.reason).toMatch(/window 0:00–0:00 of job 2 is unreachable/);
  });

  it("checks every capacity dimension", () => {
    const p = lineProblem(4, { capacity: [10, 2] }, (i) => ({ delivery: [1, i % 2] }));
    p.vehicles.push({ id: "v2", start: 0, end: 0, capacity: [10, 2] });
    const s = solveSync(p, quick);
    expect(auditSolution(p, s)).toEqual([]);
    expect(s.routes).toHaveLength(1);
    p.jobs!.push({ id: 9, location: 1, delivery: [1, 1] });
    const s2 = solveSync(p, quick);
    expect(auditSolution(p, s2)).toEqual([]);
    expect(s2.routes).toHaveLength(2);
  });

  it("explains capacity and skills when nothing can take a job", () => {
    const p = lineProblem(2, { capacity: [3], skills: [1] }, (i) => (i === 1 ? { delivery: [5] } : { delivery: [1], skills: [7] }));
    const s = solveSync(p, quick);
    const reasons = Object.fromEntries(s.unassigned.map((u) => [u.id, u.reason]));
    expect(reasons[1]).toMatch(/capacity: job 1 needs 5/);
    expect(reasons[2]).toMatch(/no vehicle has skill 7/);
  });

  it("serves higher priority first when not everything fits", () => {
    const p = lineProblem(3, { maxStops: 1 }, (i) => ({ priority: i === 3 ? 10 : 0 }));
    const s = solveSync(p, quick);
    expect(served(s)).toEqual(["3"]);
  });

  it("honours max travel time and max stops", () => {
    const p = lineProblem(4, { maxTravelTime: 60, maxStops: 2 });
    const s = solveSync(p, quick);
    expect(auditSolution(p, s)).toEqual([]);
    expect(served(s).sort()).toEqual(["1", "2"]);
    expect(s.unassigned.map((u) => u.reason).join()).toMatch(/maximum travel time|maximum number of stops/);
  });

  it("takes breaks inside their window", () => {
    const p = lineProblem(4, { breaks: [{ id: "lunch", timeWindows: [[30, 40]], duration: 30 }] });
    const s = solveSync(p, quick);
    expect(auditSolution(p, s)).toEqual([]);
    const brk = s.routes[0]!.steps.find((x) => x.type === "break")!;
    expect(brk.start).toBeGreaterThanOrEqual(30);
    expect(brk.start).toBeLessThanOrEqual(40);
  });

  it("takes a load-limited break only once the vehicle is light enough", () => {
    const p = lineProblem(3, { capacity: [9], breaks: [{ id: "b", timeWindows: [[0, 500]], duration: 10, maxLoad: [3] }] }, () => ({ delivery: [3] }));
    const s = solveSync(p, quick);
    expect(auditSolution(p, s)).toEqual([]);
    expect(s.routes[0]!.steps.find((x) => x.type === "break")!.load[0]).toBeLessThanOrEqual(3);
  });

  it("serves a shipment pickup before its delivery on one vehicle", () => {
    const p: Problem = { ...lineProblem(2), shipments: [{ pickup: { id: "bakery", location: 2 }, delivery: { id: "halt", location: 1 }, amount: [4] }] };
    p.vehicles[0]!.capacity = [4];
    p.jobs = p.jobs!.map((j) => ({ ...j, delivery: [0] }));
    const s = solveSync(p, quick);
    expect(auditSolution(p, s)).toEqual([]);
    const order = served(s);
    expect(order.indexOf("bakery")).toBeLessThan(order.indexOf("halt"));
  });

  it("supports open routes, a speed factor, setup times and profiles", () => {
    const base = lineProblem(3, {}, () => ({ setup: 7 }));
    const p: Problem = {
      ...base,
      matrices: { car: base.matrices.car!, bike: { durations: base.matrices.car!.durations.map((r) => r.map((x) => x * 3)) } },
      vehicles: [{ id: "bike", profile: "bike", start: 0, speedFactor: 1.5 }],
    };
    const s = solveSync(p, quick);
    expect(auditSolution(p, s)).toEqual([]);
    const r = s.routes[0]!;
    expect(r.steps.at(-1)!.location).toBeUndefined();
    expect(r.travelTime).toBe(60); // 30 along the line, ×3 for the profile, ÷1.5 for the speed
    expect(r.service).toBe(3 * (5 + 7));
  });

  it("charges lateness on a soft window and prefers the cheaper order", () => {
    const p = lineProblem(2, {}, (i) => (i === 2 ? { softWindow: { end: 0, costPerSecond: 100 } } : {}));
    const s = solveSync(p, quick);
    expect(auditSolution(p, s)).toEqual([]);
    expect(served(s)[0]).toBe("2");
    expect(s.routes[0]!.lateness).toBe(20);
  });

  it("minimises fixed, time and distance costs", () => {
    const p = lineProblem(2, { costs: { fixed: 1000, perHour: 0, perKm: 500 } });
    p.matrices.car!.distances = p.matrices.car!.durations.map((r) => r.map((x) => x * 100));
    const s = solveSync(p, quick);
    expect(s.cost).toBe(1000 + (40 * 100 * 500) / 1000);
  });
});
