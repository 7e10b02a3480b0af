/**
 * One planning run from the database to the database: read the day, get the matrix, solve in a
 * worker thread (never on the request thread), draw each route, store it. Times of each part
 * are returned (the benchmark prints them).
 *
 * A day with a published round is not overwritten: the new plan is written in a transaction
 * that is rolled back, read as rows, and returned as a proposal with what it would change; the
 * published plan stays live until the proposal is published (see publish-plan.ts).
 */
import type { PlanBalance, PlanningResult } from "@tournee/domain";
import { solveInWorker, type Balance, type Progress, type Solution } from "@tournee/solver";
import type { Services } from "../../services.js";
import { buildProblem, placesOf } from "./build-problem.js";
import { dbDate } from "./coordinated-organisation.js";
import { dayMatrix, routeGeometry } from "./day-matrix.js";
import { planFingerprint, readDayPlan, type DayPlan } from "./day-plan.js";
import { planChanges } from "./plan-changes.js";
import { leftOutStops, planFigures, vehicleFrames } from "./plan-figures.js";
import { loadPlanningDay, type CrewSelection, type Place } from "./planning-day.js";
import { routingWarning } from "./planning-warnings.js";
import { timesProvenance } from "./times-provenance.js";
import { storePlan, type RouteExtras } from "./store-plan.js";

export type PlanningPhase = "reading" | "matrix" | "solving" | "drawing" | "storing";

export interface PlanDayOptions {
  organisationId: string;
  date: string;
  timeLimitSeconds: number;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  /** Told when the run enters a phase; `stops` is the number of passages to plan, once known. */
  onPhase?: (phase: PlanningPhase, stops: number) => void;
  /** The job the plan belongs to: storing fails unless it is still running. */
  job?: { id: string };
  crew?: CrewSelection;
  /** How the work is spread over the vehicles (default: the cheapest plan). */
  balance?: PlanBalance;
}

/** The solver's balancing for each choice: a balanced plan may take up to 10 % more km than the cheapest. */
const BALANCE: Record<PlanBalance, Balance | undefined> = {
  cheapest: undefined,
  longest_day: { objective: "longest-day", maxDistanceIncrease: 0.1 },
  equal_days: { objective: "spread", maxDistanceIncrease: 0.1 },
};

/** A plan of a published day, awaiting publication: the rows to write, and the live plan's fingerprint they were computed against. */
export interface PlanProposal {
  fingerprint: string;
  plan: DayPlan;
  /** A re-plan after a breakdown: rounds under way take it too, and what drivers synced is part of the fingerprint. */
  breakdown?: boolean;
}

export interface PlanDayResult extends PlanningResult {
  proposal: PlanProposal | null;
}

export class NothingToPlan extends Error {}
class DryRun extends Error {}

export async function planDay(services: Services, options: PlanDayOptions): Promise<PlanDayResult> {
  let clock = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - clock);
    clock = now;
    return ms;
  };
  const { organisationId, date } = options;
  options.onPhase?.("reading", 0);
  const day = await loadPlanningDay(services, organisationId, date, options.crew);
  if (!day.passages.length) throw new NothingToPlan(`nothing to plan on ${date}: no scheduled passage (generate them from a tour template first)`);
  if (!day.vehicles.length) throw new NothingToPlan(`no vehicle can go out on ${date}: add a vehicle and a driver's availability`);
  const load = lap();
  options.onPhase?.("matrix", day.passages.length);
  const places = placesOf(day);
  const matrix = await dayMatrix(services, options.organisationId, places);
  const matrixMs = lap();
  const built = buildProblem(day, places, matrix);
  options.onPhase?.("solving", day.passages.length);
  const balance = BALANCE[options.balance ?? "cheapest"];
  const solution: Solution = await solveInWorker(built.problem, {
    timeLimit: options.timeLimitSeconds, seed: 1, locks: built.locks, ...(balance ? { balance } : {}),
    ...(options.signal ? { signal: options.signal } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const solve = lap();
  if (options.signal?.aborted) throw new Error("planning was cancelled");
  options.onPhase?.("drawing", day.passages.length);
  const extras = new Map<string, RouteExtras>();
  for (const route of solution.routes) {
    const locations = route.steps.flatMap((s) => (s.location === undefined ? [] : [s.location]));
    const path: Place[] = locations.map((l) => places[l]!);
    const line = await routeGeometry(services, options.organisationId, path);
    extras.set(String(route.vehicle), { polyline6: line.polyline6, geometryProvider: line.provider, ...timesProvenance(matrix, locations) });
  }
  const geometry = lap();
  options.onPhase?.("storing", day.passages.length);
  const prisma = services.db.prisma;
  const published = (await prisma.tour.count({ where: { organisationId, date: dbDate(date), status: "published" } })) > 0;
  let plan: DayPlan | undefined;
  let proposal: PlanProposal | null = null;
  let changes = null;
  let liveTours = new Set<string>();
  if (!published) {
    await storePlan(services, options.job, day, built.steps, solution, extras, async (tx) => {
      plan = await readDayPlan(tx, organisationId, date);
    });
  } else {
    const live = await readDayPlan(prisma, organisationId, date);
    await storePlan(services, options.job, day, built.steps, solution, extras, async (tx) => {
      plan = await readDayPlan(tx, organisationId, date);
      throw new DryRun();
    }).catch((error: unknown) => {
      if (!(error instanceof DryRun)) throw error;
    });
    proposal = { fingerprint: planFingerprint(live), plan: plan! };
    liveTours = new Set(live.tours.map((t) => t.id));
    changes = planChanges(live, plan!);
  }
  const figures = planFigures(plan!, day, vehicleFrames(day));
  return {
    outcome: published ? "awaiting_publication" : "stored", provider: matrix.provider, stops: day.passages.length,
    // A round the proposal adds has no tour yet: its id was rolled back with the dry run.
    totals: figures.totals, vehicles: figures.vehicles.map((v) => (published && !liveTours.has(v.tourId ?? "") ? { ...v, tourId: null } : v)),
    leftOut: leftOutStops(plan!), changes, proposal, cost: solution.cost,
    warnings: [...day.warnings, ...built.warnings, ...matrix.warnings.map(routingWarning)],
    timingsMs: { load, matrix: matrixMs, solve, geometry, store: lap() },
  };
}
