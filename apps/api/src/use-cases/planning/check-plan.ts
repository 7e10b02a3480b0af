/**
 * Plan mode on the tours as they are stored (after a coordinator's changes): the solver
 * evaluates each tour in its order, without re-optimising, and reports every violation
 * (windows, capacity, skills, breaks, working hours, bread collected after its delivery…).
 * The lunch break is put where it fits best.
 */
import { plan, type Id, type PlannedRoute, type Problem, type Solution } from "@tournee/solver";
import type { Services } from "../../services.js";
import { buildProblem, placesOf, STEP_ID, type StepRef } from "./build-problem.js";
import { dbDate } from "./coordinated-organisation.js";
import { dayMatrix } from "./day-matrix.js";
import { loadPlanningDay } from "./planning-day.js";

export interface EvaluatedDay {
  routes: Solution["routes"];
  /** The day's problem and each tour's steps in order (lunch break placed), as evaluated. */
  problem: Problem;
  planned: PlannedRoute[];
  steps: Map<string, StepRef>;
  midnight: Date;
  /** Each vehicle's tour, and the home site it reloads at (multi-trip). */
  tourOfVehicle: Map<string, { tourId: string; vehicleName: string; homeName: string }>;
  /** Tours that cannot be evaluated at all (no vehicle, no driver that day). */
  problems: { tourId: string; vehicle: string; kind: string; message: string; stepId: string | null }[];
}

export async function evaluateDay(services: Services, organisationId: string, date: string): Promise<EvaluatedDay> {
  const day = await loadPlanningDay(services, organisationId, date);
  const places = placesOf(day);
  const built = buildProblem(day, places, await dayMatrix(services, organisationId, places));
  const tours = await services.db.prisma.tour.findMany({
    where: { organisationId, date: dbDate(date) },
    include: { vehicle: true, passages: { select: { id: true, sequence: true } }, steps: true },
  });
  const problems: EvaluatedDay["problems"] = [];
  const routes: PlannedRoute[] = [];
  const tourOfVehicle: EvaluatedDay["tourOfVehicle"] = new Map();
  for (const tour of tours) {
    const vehicle = built.problem.vehicles.find((v) => v.id === tour.vehicleId);
    if (!vehicle) {
      problems.push({ tourId: tour.id, vehicle: tour.vehicle?.name ?? "none", kind: "working-hours", message: `tour has no vehicle with a driver available on ${date}`, stepId: null });
      continue;
    }
    tourOfVehicle.set(String(vehicle.id), { tourId: tour.id, vehicleName: tour.vehicle?.name ?? "", homeName: day.vehicles.find((v) => v.id === vehicle.id)?.home.name ?? "" });
    const ordered = [
      // A home drop planning leaves out that day (planning-day.ts `notPlanned`) is not evaluated.
      ...tour.passages.filter((p) => built.steps.has(p.id)).map((p) => ({ sequence: p.sequence ?? Number.MAX_SAFE_INTEGER, id: p.id as Id })),
      ...tour.steps.map((s) => ({ sequence: s.sequence, id: STEP_ID[s.kind](s.passageId, s.siteId ?? "") as Id }))
        // A bread handover stored apart before its passage's bread was handed over with it.
        .filter((s) => built.steps.has(String(s.id))),
    ].sort((a, b) => a.sequence - b.sequence).map((s) => s.id);
    routes.push({ vehicle: vehicle.id, steps: withBreak(built.problem, vehicle.id, ordered) });
  }
  const routeSolution = routes.length ? plan(built.problem, routes, { locks: built.locks.filter((l) => routes.some((r) => r.vehicle === l.vehicle)) }) : undefined;
  return { routes: routeSolution?.routes ?? [], problem: built.problem, planned: routes, steps: built.steps, midnight: day.midnight, tourOfVehicle, problems };
}

/** The route with the vehicle's break at the position that leaves the fewest violations. */
function withBreak(problem: Problem, vehicleId: Id, steps: Id[]): Id[] {
  const breaks = problem.vehicles.find((v) => v.id === vehicleId)?.breaks ?? [];
  if (!breaks.length) return steps;
  let best = steps;
  let fewest = Number.POSITIVE_INFINITY;
  for (let at = 0; at <= steps.length; at++) {
    const candidate = [...steps.slice(0, at), ...breaks.map((b) => b.id), ...steps.slice(at)];
    const violations = plan(problem, [{ vehicle: vehicleId, steps: candidate }]).routes[0]?.violations.length ?? 0;
    if (violations < fewest) {
      fewest = violations;
      best = candidate;
    }
  }
  return best;
}

export async function checkPlan(services: Services, organisationId: string, date: string) {
  return violationsOf(await evaluateDay(services, organisationId, date));
}

/** What an evaluated day breaks (time windows, capacities, working hours), by tour. */
export function violationsOf(evaluated: EvaluatedDay) {
  const violations = [
    ...evaluated.problems,
    ...evaluated.routes.flatMap((r) => {
      const tour = evaluated.tourOfVehicle.get(String(r.vehicle))!;
      return r.violations.map((v) => ({ tourId: tour.tourId, vehicle: tour.vehicleName, kind: v.kind, message: v.message, stepId: v.id === undefined ? null : String(v.id) }));
    }),
  ];
  return { feasible: violations.length === 0, violations };
}
