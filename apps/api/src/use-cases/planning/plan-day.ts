/**
 * One planning run from the database to the database: read the day, get the matrix, solve in a
 * worker thread (never on the request thread), draw each route, store it. Times of each part
 * are returned (the benchmark prints them).
 */
import { solveInWorker, type Progress, type Solution } from "@tournee/solver";
import type { Services } from "../../services.js";
import { buildProblem, placesOf } from "./build-problem.js";
import { dayMatrix, routeGeometry } from "./day-matrix.js";
import { loadPlanningDay, type Place } from "./planning-day.js";
import { storePlan, type RouteExtras } from "./store-plan.js";

export interface PlanDayOptions {
  organisationId: string;
  date: string;
  timeLimitSeconds: number;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  /** The job the plan belongs to: storing fails unless it is still running. */
  job?: { id: string };
}

export interface PlanDayResult {
  tours: { tourId: string; vehicleId: string; stops: number }[];
  unassigned: { passageId: string; reason: string }[];
  provider: "osrm" | "estimate";
  warnings: string[];
  cost: number;
  timingsMs: { load: number; matrix: number; solve: number; geometry: number; store: number };
  stops: number;
}

export class NothingToPlan extends Error {}

export async function planDay(services: Services, options: PlanDayOptions): Promise<PlanDayResult> {
  let clock = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - clock);
    clock = now;
    return ms;
  };
  const day = await loadPlanningDay(services, options.organisationId, options.date);
  if (!day.passages.length) throw new NothingToPlan(`nothing to plan on ${options.date}: no scheduled passage (generate them from a tour template first)`);
  if (!day.vehicles.length) throw new NothingToPlan(`no vehicle can go out on ${options.date}: ${day.warnings.join("; ") || "add a vehicle and a driver's availability"}`);
  const load = lap();
  const places = placesOf(day);
  const matrix = await dayMatrix(services, places);
  const matrixMs = lap();
  const built = buildProblem(day, places, matrix);
  const solution: Solution = await solveInWorker(built.problem, {
    timeLimit: options.timeLimitSeconds, seed: 1, locks: built.locks,
    ...(options.signal ? { signal: options.signal } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const solve = lap();
  if (options.signal?.aborted) throw new Error("planning was cancelled");
  const extras = new Map<string, RouteExtras>();
  for (const route of solution.routes) {
    const path: Place[] = route.steps.flatMap((s) => (s.location === undefined ? [] : [places[s.location]!]));
    // The provenance stored on the tour is the matrix's: the planned times come from it.
    extras.set(String(route.vehicle), { polyline6: await routeGeometry(services, path), provider: matrix.provider });
  }
  const geometry = lap();
  const stored = await storePlan(services, options.job, day, built.steps, solution, extras);
  return {
    ...stored, provider: matrix.provider, cost: solution.cost, stops: day.passages.length,
    warnings: [...day.warnings, ...built.warnings, ...matrix.warnings.map((w) => w.message)],
    timingsMs: { load, matrix: matrixMs, solve, geometry, store: lap() },
  };
}
