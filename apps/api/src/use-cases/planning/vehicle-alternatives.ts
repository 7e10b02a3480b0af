/**
 * "Why this vehicle?": a stop of a planned round tried on each other round of the day with the
 * solver's plan mode, which scores a given order without re-optimising. The stop (with its bread
 * collected at the bakery) goes where it costs that round least, the rest of both rounds keeping
 * their order; the answer is what that adds over the day, or what it would break that holds now.
 */
import type { LeftOutCause, VehicleAlternatives } from "@tournee/domain";
import { plan, type Id, type PlannedRoute, type Route, type Violation } from "@tournee/solver";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { evaluateDay } from "./check-plan.js";
import { isoDate } from "./coordinated-organisation.js";
import { CAUSE } from "./store-plan.js";

interface Tried { routes: Route[]; violations: number; cost: number }

export async function vehicleAlternatives({ services, actor, tourId, passageId }: { services: Services; actor: Actor; tourId: string; passageId: string }): Promise<VehicleAlternatives> {
  const prisma = services.db.prisma;
  const tour = await prisma.tour.findFirst({ where: { id: tourId, organisationId: coordinatedOrganisations(actor) }, include: { vehicle: true } });
  if (!tour) throw notFound("tour");
  const passage = await prisma.passage.findFirst({ where: { id: passageId, tourId }, include: { stop: true } });
  if (!passage) throw notFound("passage on this tour");
  const day = await evaluateDay(services, tour.organisationId, isoDate(tour.date));
  const source = day.planned.find((r) => String(r.vehicle) === tour.vehicleId);
  if (!source) throw new ApiError("conflict", "this round has no vehicle with a driver that day: it cannot be compared with the others");
  const ofPassage = (id: Id) => {
    const ref = day.steps.get(String(id));
    return ref !== undefined && ref.kind !== "lunch" && ref.passageId === passageId;
  };
  const moving = source.steps.filter(ofPassage);
  const pickups = moving.filter((id) => day.steps.get(String(id))?.kind === "bread_pickup");
  const handed = moving.filter((id) => !pickups.includes(id));
  const rest: PlannedRoute = { vehicle: source.vehicle, steps: source.steps.filter((id) => !ofPassage(id)) };
  const names = new Map((await prisma.passage.findMany({ where: { organisationId: tour.organisationId, date: tour.date }, include: { stop: true } })).map((p) => [p.id, p.stop.name]));
  const vehicleNames = new Map((await prisma.vehicle.findMany({ where: { organisationId: tour.organisationId } })).map((v) => [v.id, v.name]));
  const stopOf = (id: Id) => {
    const ref = day.steps.get(String(id));
    return ref && ref.kind !== "lunch" ? names.get(ref.passageId) : undefined;
  };
  const score = (routes: PlannedRoute[]): Tried => {
    const solved = plan(day.problem, routes).routes;
    return { routes: solved, violations: solved.reduce((n, r) => n + r.violations.length, 0), cost: solved.reduce((n, r) => n + r.cost, 0) };
  };
  const alternatives = day.planned.filter((r) => r !== source).map((target) => {
    const before = score([source, target]);
    let best: Tried | undefined;
    for (let i = 0; i <= target.steps.length; i++) {
      for (let j = pickups.length ? 0 : i; j <= i; j++) {
        const steps = [...target.steps.slice(0, j), ...pickups, ...target.steps.slice(j, i), ...handed, ...target.steps.slice(i)];
        const tried = score([rest, { vehicle: target.vehicle, steps }]);
        if (!best || tried.violations < best.violations || (tried.violations === best.violations && tried.cost < best.cost)) best = tried;
      }
    }
    const sum = (routes: Route[], key: "distance" | "travelTime" | "duration") => routes.reduce((n, r) => n + r[key], 0);
    const step = best!.routes[1]!.steps.find((s) => String(s.id) === passageId);
    const vehicleId = String(target.vehicle);
    return {
      vehicle: { id: vehicleId, name: vehicleNames.get(vehicleId) ?? "" },
      arrival: step ? new Date(day.midnight.getTime() + step.start * 1000).toISOString() : null,
      addedDistanceM: Math.round(sum(best!.routes, "distance") - sum(before.routes, "distance")),
      addedDrivingS: Math.round(sum(best!.routes, "travelTime") - sum(before.routes, "travelTime")),
      addedWorkingS: Math.round(sum(best!.routes, "duration") - sum(before.routes, "duration")),
      breaks: newBreaks(before.routes, best!.routes, stopOf, passage.stop.name),
    };
  });
  return { passageId, stopName: passage.stop.name, vehicle: { id: tour.vehicleId ?? "", name: tour.vehicle?.name ?? "" }, alternatives };
}

/** Violations of `after` that `before` did not have, as the planning screen's causes, each once. */
function newBreaks(before: Route[], after: Route[], stopOf: (id: Id) => string | undefined, moved: string): LeftOutCause[] {
  const key = (v: Violation) => `${v.kind}:${String(v.id ?? "")}`;
  const had = new Set(before.flatMap((r) => r.violations.map(key)));
  const seen = new Set<string>();
  return after.flatMap((r) => r.violations).flatMap((v): LeftOutCause[] => {
    if (had.has(key(v)) || !(v.kind in CAUSE)) return [];
    const other = v.id === undefined ? undefined : stopOf(v.id);
    // `alone`: it is the moved stop's own time or the round's own limit; otherwise another stop would pay for it.
    const elsewhere = other !== undefined && other !== moved;
    const cause: LeftOutCause = { kind: CAUSE[v.kind as keyof typeof CAUSE], alone: !elsewhere, vehicles: [], bread: false, ...(elsewhere ? { otherStop: other } : {}) };
    const id = JSON.stringify(cause);
    if (seen.has(id)) return [];
    seen.add(id);
    return [cause];
  });
}
