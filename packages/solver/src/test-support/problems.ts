import fc from "fast-check";
import type { Job, Problem, Solution, Vehicle } from "../types.js";
import { plan } from "../plan.js";

/** Points on a grid → symmetric rounded Euclidean matrix (durations = distances). */
export function gridMatrix(points: [number, number][]): number[][] {
  return points.map(([x1, y1]) => points.map(([x2, y2]) => Math.round(Math.hypot(x1 - x2, y1 - y2))));
}

/** A small hand-made problem: depot at 0, jobs at 1..n on a line, one vehicle. */
export function lineProblem(n: number, extra: Partial<Vehicle> = {}, job: (i: number) => Partial<Job> = () => ({})): Problem {
  const points: [number, number][] = Array.from({ length: n + 1 }, (_, i) => [i * 10, 0]);
  return {
    version: 1,
    matrices: { car: { durations: gridMatrix(points) } },
    jobs: Array.from({ length: n }, (_, i) => ({ id: i + 1, location: i + 1, service: 5, ...job(i + 1) })),
    vehicles: [{ id: "v1", start: 0, end: 0, ...extra }],
  };
}

/**
 * Routes of a solution as plain step-id lists, for plan(): breaks included, except on routes
 * with reloads (a listed break would lose its side of the reload; plan places them by the rule).
 */
export function plannedRoutes(s: Solution) {
  return s.routes.map((r) => {
    const reloads = r.steps.some((x) => x.type === "reload");
    return { vehicle: r.vehicle, steps: r.steps.filter((x) => x.id !== undefined && !(reloads && x.type === "break")).map((x) => x.id!) };
  });
}

/**
 * Re-evaluates a solver solution with the independent evaluator and returns the list of
 * problems: violations, cost mismatch, jobs both served and unassigned or neither.
 */
export function auditSolution(problem: Problem, s: Solution): string[] {
  const check = plan(problem, plannedRoutes(s));
  const errors = check.routes.flatMap((r) => r.violations.map((v) => `${String(r.vehicle)}: ${v.message}`));
  if (Math.abs(check.cost - s.cost) > 1e-6 * Math.max(1, Math.abs(s.cost))) errors.push(`cost ${s.cost} but evaluator says ${check.cost}`);
  const left = new Set(s.unassigned.map((u) => String(u.id)));
  for (const u of check.unassigned) if (!left.has(String(u.id))) errors.push(`${String(u.id)} neither served nor reported unassigned`);
  for (const u of s.unassigned) if (!u.reason) errors.push(`${String(u.id)} unassigned without a reason`);
  if (check.unassigned.length !== s.unassigned.length) errors.push(`unassigned count ${s.unassigned.length} vs ${check.unassigned.length}`);
  return errors;
}

/** Random small rich problems: windows, two capacity dimensions, skills, priorities, open routes, breaks. */
export function arbitraryProblem(opts: { minJobs?: number; maxJobs: number; maxVehicles: number; breaks?: boolean; shipments?: boolean; maxShipments?: number; reload?: boolean }): fc.Arbitrary<Problem> {
  const point = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }));
  const window = fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 10, max: 120 })).map(([a, w]) => [a, a + w] as [number, number]);
  const job = fc.record({
    point,
    service: fc.integer({ min: 0, max: 15 }),
    setup: fc.integer({ min: 0, max: 5 }),
    windows: fc.option(fc.array(window, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    delivery: fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 3 })),
    pickup: fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 2 })),
    skill: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined, freq: 3 }),
    priority: fc.integer({ min: 0, max: 2 }),
  });
  const vehicle = fc.record({
    start: fc.option(point, { nil: undefined, freq: 5 }),
    end: fc.option(point, { nil: undefined, freq: 5 }),
    capacity: fc.tuple(fc.integer({ min: 4, max: 20 }), fc.integer({ min: 2, max: 8 })),
    skills: fc.subarray([1, 2, 3]),
    tw: fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 150, max: 400 })),
    maxTravel: fc.option(fc.integer({ min: 60, max: 300 }), { nil: undefined, freq: 3 }),
    maxStops: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined, freq: 3 }),
    fixed: fc.integer({ min: 0, max: 50 }),
    brk: opts.breaks ? fc.option(fc.tuple(window, fc.integer({ min: 1, max: 20 })), { nil: undefined }) : fc.constant(undefined),
    reload: opts.reload ? fc.option(fc.record({ duration: fc.integer({ min: 0, max: 20 }), maxTrips: fc.integer({ min: 1, max: 4 }) }), { nil: undefined, freq: 2 }) : fc.constant(undefined),
    maxWork: fc.option(fc.integer({ min: 60, max: 400 }), { nil: undefined, freq: 4 }),
  });
  const shipment = fc.record({ from: point, to: point, amount: fc.integer({ min: 1, max: 5 }), depot: fc.integer({ min: 0, max: 2 }), w1: window, w2: window });
  return fc
    .record({
      jobs: fc.array(job, { minLength: opts.minJobs ?? 1, maxLength: opts.maxJobs }),
      vehicles: fc.array(vehicle, { minLength: 1, maxLength: opts.maxVehicles }),
      shipments: fc.array(shipment, { maxLength: opts.shipments ? (opts.maxShipments ?? 2) : 0 }),
    })
    .map(({ jobs, vehicles, shipments }) => {
      const points: [number, number][] = [];
      const at = (p: [number, number]) => points.push(p) - 1;
      const problem: Problem = {
        version: 1,
        matrices: { car: { durations: [] } },
        jobs: jobs.map((j, i) => ({
          id: i + 1,
          location: at(j.point),
          service: j.service,
          setup: j.setup,
          ...(j.windows ? { timeWindows: j.windows } : {}),
          delivery: [...j.delivery],
          pickup: [...j.pickup],
          ...(j.skill ? { skills: [j.skill] } : {}),
          priority: j.priority,
        })),
        shipments: shipments.map((s, i) => ({
          pickup: { id: `p${i}`, location: at(s.from), service: 3, timeWindows: [s.w1] },
          delivery: { id: `d${i}`, location: at(s.to), service: 3, timeWindows: [[s.w2[0], s.w2[1] + 150]] },
          amount: [s.amount, 0],
          ...(s.depot ? { depotLoad: [0, s.depot] } : {}),
        })),
        vehicles: vehicles.map((v, i) => ({
          id: `v${i}`,
          ...(v.start ? { start: at(v.start) } : {}),
          ...(v.end ? { end: at(v.end) } : {}),
          capacity: [...v.capacity],
          skills: v.skills,
          timeWindow: v.tw,
          ...(v.maxTravel !== undefined ? { maxTravelTime: v.maxTravel } : {}),
          ...(v.maxStops !== undefined ? { maxStops: v.maxStops } : {}),
          costs: { fixed: v.fixed },
          ...(v.brk ? { breaks: [{ id: `b${i}`, timeWindows: [v.brk[0]], duration: v.brk[1] }] } : {}),
          // A vehicle with neither start nor end reloads at a depot of its own.
          ...(v.reload ? { reload: v.start || v.end ? v.reload : { ...v.reload, location: at([30, 30]) } } : {}),
          ...(v.maxWork !== undefined ? { maxWorkingTime: v.maxWork } : {}),
        })),
      };
      if (points.length === 0) points.push([0, 0]);
      problem.matrices.car!.durations = gridMatrix(points);
      return problem;
    });
}

/** A deterministic medium-size VRPTW-like problem (n jobs, k vehicles) for option tests. */
export function mediumProblem(n: number, k: number, seed = 1): Problem {
  let x = seed;
  const rand = (m: number) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % m;
  };
  const points: [number, number][] = [[50, 50], ...Array.from({ length: n }, () => [rand(100), rand(100)] as [number, number])];
  return {
    version: 1,
    matrices: { car: { durations: gridMatrix(points) } },
    jobs: Array.from({ length: n }, (_, i) => {
      const a = rand(600);
      return { id: i + 1, location: i + 1, service: 10, delivery: [1 + rand(9)], timeWindows: [[a, a + 100 + rand(200)]] };
    }),
    vehicles: Array.from({ length: k }, (_, i) => ({ id: `v${i + 1}`, start: 0, end: 0, capacity: [60], timeWindow: [0, 1000] as [number, number] })),
  };
}
