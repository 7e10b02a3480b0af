/**
 * Re-planning a published day after a breakdown: the broken-down vehicle stops at the time given;
 * what every round has behind it stays (breakdown-state.ts); what remains of the day is re-planned
 * by the solver's `replanProblem` from where each vehicle is, with the plan being driven as the
 * baseline (fewest changes to other drivers' orders) and each other round's next stop kept at its
 * head (its driver is on the way). What the broken-down vehicle carries for its remaining stops is
 * not counted on: the vehicle taking such a stop collects its bread at the bakery again (a stop
 * that cannot have it in time is left out and says why). The result is a proposal, like any re-plan of a published
 * day: the coordinator sees what moves and publishes it (publish-plan.ts), and rounds under way
 * stay under way with a new version, which their phones download at their next sync.
 */
import type { Prisma } from "../../generated/prisma/client.js";
import { replanProblem, solveInWorker, type Progress, type Route } from "@tournee/solver";
import type { Services } from "../../services.js";
import { atSite, buildProblem, placesOf, STEP_ID, type StepRef } from "./build-problem.js";
import { breakdownFingerprint, roundStates, type RoundState } from "./breakdown-state.js";
import { dayMatrix, routeGeometry } from "./day-matrix.js";
import { readDayPlan, type DayPlan, type PlanPassage, type PlanStep, type PlanTour } from "./day-plan.js";
import { planChanges } from "./plan-changes.js";
import { NothingToPlan, type PlanDayResult, type PlanningPhase } from "./plan-day.js";
import { leftOutStops, planFigures, vehicleFrames } from "./plan-figures.js";
import { loadPlanningDay, type Place } from "./planning-day.js";
import { loadOf, unassignedReasons } from "./store-plan.js";
import { numberStops } from "./stop-numbers.js";
import { routingWarning } from "./planning-warnings.js";
import { timesProvenance } from "./times-provenance.js";

export interface ReplanBreakdownOptions {
  organisationId: string;
  date: string;
  vehicleId: string;
  /** Minute of the day (organisation's zone) from which the vehicle cannot go on. */
  fromMinute: number;
  timeLimitSeconds: number;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  onPhase?: (phase: PlanningPhase, stops: number) => void;
}

/** Why a stop whose bread was on the broken-down vehicle is left out (read by `leftOutReason`). */
export const strandedReason = (vehicle: string) => `its goods are on board ${vehicle}, which broke down`;

export async function replanBreakdown(services: Services, options: ReplanBreakdownOptions): Promise<PlanDayResult> {
  const started = performance.now();
  const { organisationId, date, vehicleId } = options;
  const prisma = services.db.prisma;
  options.onPhase?.("reading", 0);
  const live = await readDayPlan(prisma, organisationId, date);
  const broken = live.tours.find((t) => t.vehicleId === vehicleId);
  if (!broken || !["published", "in_progress"].includes(broken.status)) throw new NothingToPlan(`the vehicle has no published round on ${date} to re-plan`);
  // The rounds go on with the vehicles they were published with; vehicles that have no round that day stay home.
  const loaded = await loadPlanningDay(services, organisationId, date, { vehicleIds: live.tours.map((t) => t.vehicleId) });
  const midnight = loaded.midnight;
  const breakdownAt = new Date(midnight.getTime() + options.fromMinute * 60_000);
  const rounds = await roundStates(prisma, organisationId, date, live, breakdownAt);
  // What the broken-down vehicle carries for stops it has not served is not counted on: the vehicle
  // that takes such a stop loads its bread again at the bakery (its groceries counted on board, as for any stop it takes).
  const brokenRound = rounds.find((r) => r.vehicleId === vehicleId)!;
  // The same for a farm's goods: they are collected at the farm again.
  for (const id of brokenRound.done) if (/^(bread|farm)-pickup:/.test(id) && !brokenRound.done.has(id.split(":")[1]!)) brokenRound.done.delete(id);
  const fingerprint = await breakdownFingerprint(prisma, organisationId, date, live);
  // ... and with the drivers they were published with.
  const driving = new Map(live.tours.filter((t) => t.status !== "closed").map((t) => [t.vehicleId, t]));
  const day = { ...loaded, vehicles: loaded.vehicles.filter((v) => driving.has(v.id)).map((v) => ({ ...v, driverId: driving.get(v.id)!.driverId ?? v.driverId })) };
  const places = placesOf(day);
  options.onPhase?.("matrix", day.passages.length);
  const matrix = await dayMatrix(services, organisationId, places);
  const built = buildProblem(day, places, matrix);
  const at = new Map(places.map((p, i) => [p.id, i]));
  const seconds = (d: Date) => Math.round((d.getTime() - midnight.getTime()) / 1000);
  const inProblem = new Set(built.steps.keys());
  const canGoOn = new Set(day.vehicles.map((v) => v.id));
  const unavailable = live.tours.filter((t) => t.vehicleId === vehicleId || !canGoOn.has(t.vehicleId)).map((t) => t.vehicleId);
  const homes = new Map(loaded.vehicles.map((v) => [v.id, v.home.id]));
  // Each vehicle goes on from the last step behind it, when it left it; one with nothing behind it starts from home.
  const positions = rounds.flatMap((r) => {
    const done = [...r.done].filter((id) => inProblem.has(id));
    const location = r.last ? at.get(atSite(r.last.kind) ? (r.last.siteId ?? "") : r.last.passageId) : undefined;
    if (location !== undefined) return [{ vehicle: r.vehicleId, location, time: seconds(r.last!.leftAt), done }];
    return done.length ? [{ vehicle: r.vehicleId, location: at.get(homes.get(r.vehicleId) ?? "") ?? 0, time: 0, done }] : [];
  });
  const remaining = (r: RoundState) => r.steps.filter((id) => inProblem.has(id) && !r.done.has(id));
  // A stop of a round that goes on is not given up to take one of the broken-down vehicle's: the
  // solver serves the most priority first, and these rank far below (halts 2, home drops 1, against
  // 100 and 50), still halts before home drops.
  const orphans = new Set(brokenRound.steps);
  const lower = <T extends { priority?: number }>(x: T): T => ({ ...x, priority: Math.max(1, Math.round((x.priority ?? 0) / 50)) });
  const problem = {
    ...built.problem,
    jobs: built.problem.jobs?.map((j) => (orphans.has(String(j.id)) ? lower(j) : j)),
    shipments: built.problem.shipments?.map((sh) => (orphans.has(String(sh.delivery.id)) ? lower(sh) : sh)),
  };
  const rebuilt = replanProblem(problem, {
    routes: rounds.filter((r) => canGoOn.has(r.vehicleId)).map((r) => ({ vehicle: r.vehicleId, steps: r.steps.filter((id) => inProblem.has(id)) })),
    positions,
    unavailable,
    // The next stop of a round under way: its driver is on the way there.
    keep: rounds.filter((r) => !unavailable.includes(r.vehicleId) && r.done.size > 0).flatMap((r) => remaining(r).slice(0, 1)),
  });
  const behind = new Set(rounds.flatMap((r) => [...r.done]));
  const remainingStops = day.passages.filter((p) => !behind.has(p.passageId)).length;
  options.onPhase?.("solving", remainingStops);
  const solveStarted = performance.now();
  const solution = await solveInWorker(rebuilt.problem, {
    ...rebuilt.options, timeLimit: options.timeLimitSeconds, seed: 1, stopOnIdle: true,
    ...(options.signal ? { signal: options.signal } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const solveMs = Math.round(performance.now() - solveStarted);
  if (options.signal?.aborted) throw new Error("planning was cancelled");
  options.onPhase?.("drawing", remainingStops);
  const plan = await composePlan({ services, organisationId, live, rounds, routes: solution.routes, steps: built.steps, places, homes, matrix, midnight, breakdownAt, brokenVehicleId: vehicleId });
  for (const u of unassignedReasons(built.steps, solution, { stops: new Map(day.passages.map((p) => [p.passageId, p.name])), vehicles: new Map(day.vehicles.map((v) => [v.id, v.name])) })) {
    // A stop behind its round stays as it is, whatever the solver says of a farm's goods still to hand over there.
    if (behind.has(u.passageId)) continue;
    leaveOut(plan, u.passageId, u.reason, u.causes as unknown as Prisma.JsonValue);
  }
  for (const id of rebuilt.stranded) {
    const ref = built.steps.get(String(id));
    if (ref && ref.kind !== "lunch") leaveOut(plan, ref.passageId, strandedReason(broken.vehicleName), []);
  }
  const figures = planFigures(plan, day, vehicleFrames(loaded));
  return {
    outcome: "awaiting_publication", provider: matrix.provider, stops: remainingStops, totals: figures.totals, vehicles: figures.vehicles,
    leftOut: leftOutStops(plan), changes: planChanges(live, plan), proposal: { fingerprint, plan, breakdown: true }, cost: solution.cost,
    warnings: [...day.warnings, ...built.warnings, ...matrix.warnings.map(routingWarning)],
    timingsMs: { solve: solveMs, total: Math.round(performance.now() - started) },
  };
}

function leaveOut(plan: DayPlan, passageId: string, reason: string, causes: Prisma.JsonValue) {
  const p = plan.passages.find((x) => x.id === passageId);
  if (!p) return;
  Object.assign(p, { vehicleId: null, sequence: null, plannedArrival: null, plannedDeparture: null, loadAfter: null, unassignedReason: reason, unassignedCauses: causes } satisfies Partial<PlanPassage>);
  plan.steps = plan.steps.filter((s) => s.passageId !== passageId);
}

interface Compose {
  services: Services;
  organisationId: string;
  live: DayPlan;
  rounds: RoundState[];
  routes: Route[];
  steps: Map<string, StepRef>;
  places: Place[];
  /** Each vehicle's home site (place id). */
  homes: Map<string, string>;
  matrix: { durations: (number | null)[][]; distances: (number | null)[][]; provider: "osrm" | "estimate" | "mixed"; isEstimated(a: number, b: number): boolean };
  midnight: Date;
  breakdownAt: Date;
  brokenVehicleId: string;
}

/** The day's plan once re-planned: each round's steps behind it as they were, then its new rest. */
async function composePlan(c: Compose): Promise<DayPlan> {
  const instant = (s: number) => new Date(c.midnight.getTime() + s * 1000).toISOString();
  const index = new Map(c.places.map((p, i) => [p.id, i]));
  const passages = c.live.passages.map((p) => ({ ...p }));
  const byId = new Map(passages.map((p) => [p.id, p]));
  const steps: PlanStep[] = [];
  const tours: PlanTour[] = [];
  for (const tour of c.live.tours) {
    const round = c.rounds.find((r) => r.vehicleId === tour.vehicleId)!;
    const kept = c.live.steps.filter((s) => s.vehicleId === tour.vehicleId && round.done.has(stepKey(s)));
    steps.push(...kept);
    const keptPassages = passages.filter((p) => p.vehicleId === tour.vehicleId && round.done.has(p.id));
    for (const p of passages) if (p.vehicleId === tour.vehicleId && !round.done.has(p.id)) Object.assign(p, { vehicleId: null, sequence: null, plannedArrival: null, plannedDeparture: null, loadAfter: null });
    const next = Math.max(-1, ...keptPassages.map((p) => p.sequence ?? -1), ...kept.map((s) => s.sequence)) + 1;
    const route = c.routes.find((r) => String(r.vehicle) === tour.vehicleId);
    const onRoute = (route?.steps ?? []).flatMap((step) => {
      const ref = step.id === undefined ? undefined : c.steps.get(String(step.id));
      return !ref || ref.kind === "lunch" ? [] : [{ ref, step, load: loadOf(step.load) }];
    });
    const numbers = numberStops(onRoute.map(({ ref }) => ref));
    onRoute.forEach(({ ref, step, load }, i) => {
      const times = { plannedArrival: instant(step.start), plannedDeparture: instant(step.departure) };
      if (ref.kind === "passage") Object.assign(byId.get(ref.passageId)!, { vehicleId: tour.vehicleId, sequence: next + numbers[i]!, ...times, loadAfter: load, unassignedReason: null, unassignedCauses: null });
      else steps.push({ vehicleId: tour.vehicleId, passageId: ref.passageId, kind: ref.kind, siteId: ref.siteId, sequence: next + numbers[i]!, crates: ref.crates, ...times, loadAfter: load });
    });
    // The whole day's path, for its figures and its line: home, the steps behind, the new rest, home (a broken-down vehicle stops where it is).
    const home = c.places.findIndex((p) => p.id === c.homes.get(tour.vehicleId));
    const behind = [...kept.map((s) => ({ seq: s.sequence, at: s.plannedArrival, loc: atSite(s.kind) ? s.siteId! : s.passageId })), ...keptPassages.map((p) => ({ seq: p.sequence!, at: p.plannedArrival ?? "", loc: p.id }))]
      .sort((a, b) => a.seq - b.seq || a.at.localeCompare(b.at)).flatMap((x) => (index.has(x.loc) ? [index.get(x.loc)!] : []));
    const ahead = (route?.steps ?? []).flatMap((s) => (s.type === "job" || s.type === "pickup" || s.type === "delivery") && s.location !== undefined ? [s.location] : []);
    const stopsHere = tour.vehicleId === c.brokenVehicleId || tour.status === "closed";
    const path = [...(home >= 0 ? [home] : []), ...behind, ...ahead, ...(home >= 0 && !stopsHere ? [home] : [])];
    const legs = (m: (number | null)[][]) => path.slice(1).reduce((sum, to, k) => sum + (m[path[k]!]![to] ?? 0), 0);
    const line = await routeGeometry(c.services, c.organisationId, path.map((l) => c.places[l]!));
    const end = route?.steps.at(-1)?.arrival;
    const endAt = stopsHere ? (tour.vehicleId === c.brokenVehicleId ? c.breakdownAt.toISOString() : tour.plannedEndAt) : end !== undefined ? instant(end) : tour.plannedEndAt;
    const startAt = tour.plannedStartAt;
    tours.push({
      ...tour, geometry: line.polyline6, geometryProvider: line.provider, ...timesProvenance(c.matrix, path),
      routingProvider: timesProvenance(c.matrix, path).provider, plannedDistanceM: Math.round(legs(c.matrix.distances)), plannedDrivingS: Math.round(legs(c.matrix.durations)),
      plannedEndAt: endAt, plannedDurationS: startAt && endAt ? Math.max(0, Math.round((Date.parse(endAt) - Date.parse(startAt)) / 1000)) : tour.plannedDurationS,
    });
  }
  return { tours, passages, steps };
}

const stepKey = (s: PlanStep) => STEP_ID[s.kind](s.passageId, s.siteId ?? "");
