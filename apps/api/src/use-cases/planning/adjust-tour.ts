/**
 * A coordinator's changes to planned tours: lock a passage to a vehicle (and position) for the
 * next run, put a tour's stops in a new order (moving passages in from other tours of the day),
 * and publish. A reordered tour is re-evaluated at once: its times and loads are rewritten and
 * every violated window or capacity is returned.
 */
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { Prisma } from "../../generated/prisma/client.js";
import { recordAudit } from "../record-audit.js";
import { evaluateDay, violationsOf, type EvaluatedDay } from "./check-plan.js";
import { isoDate } from "./coordinated-organisation.js";
import { recordPublishedTimes } from "./published-times.js";
import { loadOf } from "./store-plan.js";
import { numberStops } from "./stop-numbers.js";
import { reloadsColumn, reloadsOf } from "./tour-reloads.js";

async function coordinatedTour(services: Services, actor: Actor, id: string) {
  const tour = await services.db.prisma.tour.findFirst({ where: { id, organisationId: coordinatedOrganisations(actor) }, include: { passages: true, steps: true } });
  if (!tour) throw notFound("tour");
  return tour;
}

function notStarted(tour: { status: string }) {
  if (tour.status === "in_progress" || tour.status === "closed") throw new ApiError("tour_started", `the tour is ${tour.status}: its stops can no longer be rearranged from here`);
}

export async function lockPassage({ services, actor, tourId, passageId, vehicleId, sequence }: { services: Services; actor: Actor; tourId: string; passageId: string; vehicleId?: string | null | undefined; sequence?: number | null | undefined }) {
  const tour = await coordinatedTour(services, actor, tourId);
  const passage = await services.db.prisma.passage.findFirst({ where: { id: passageId, organisationId: tour.organisationId, date: tour.date } });
  if (!passage) throw notFound("passage");
  const lockedVehicleId = vehicleId === undefined ? tour.vehicleId : vehicleId;
  if (lockedVehicleId && !(await services.db.prisma.vehicle.count({ where: { id: lockedVehicleId, organisationId: tour.organisationId, active: true } }))) {
    throw new ApiError("validation_failed", "the vehicle is not one of the organisation's vehicles in service: pick another, or put it back in service on the fleet screen", [
      { in: "body", path: "vehicleId", message: "unknown vehicle, or out of service" },
    ]);
  }
  const lockedSequence = lockedVehicleId ? (sequence ?? null) : null;
  await services.db.prisma.$transaction(async (tx) => {
    await tx.passage.update({ where: { id: passageId }, data: { lockedVehicleId, lockedSequence } });
    await recordAudit(tx, { actor, organisationId: tour.organisationId, action: "lock", entity: "Passage", entityId: passageId, changes: { lockedVehicleId, lockedSequence } });
  });
  return { passageId, lockedVehicleId, lockedSequence };
}

export async function reorderTour({ services, actor, tourId, order }: { services: Services; actor: Actor; tourId: string; order: string[] }) {
  const tour = await coordinatedTour(services, actor, tourId);
  notStarted(tour);
  const prisma = services.db.prisma;
  if (new Set(order).size !== order.length) throw new ApiError("validation_failed", "a stop appears twice in the order", [{ in: "body", path: "order", message: "duplicate id" }]);
  const missingSteps = tour.steps.filter((s) => !order.includes(s.id));
  if (missingSteps.length) throw new ApiError("validation_failed", "give every bread step of the tour in the order (they cannot be dropped here)", [{ in: "body", path: "order", message: `missing ${missingSteps.map((s) => s.id).join(", ")}` }]);
  const stepIds = new Set(tour.steps.map((s) => s.id));
  const passageIds = order.filter((id) => !stepIds.has(id));
  const passages = await prisma.passage.findMany({ where: { id: { in: passageIds }, organisationId: tour.organisationId, date: tour.date }, include: { tour: true } });
  if (passages.length !== passageIds.length) throw new ApiError("validation_failed", "every id must be a passage of the same organisation and date, or a bread step of this tour", [{ in: "body", path: "order", message: "unknown id" }]);
  const started = passages.find((p) => p.tour && (p.tour.status === "in_progress" || p.tour.status === "closed"));
  if (started) throw new ApiError("tour_started", "a passage you moved belongs to a tour that has started");
  const numbers = numberStops(order.map((id) => tour.steps.find((s) => s.id === id) ?? { kind: "passage" as const, passageId: id }));
  await prisma.$transaction(async (tx) => {
    await tx.passage.updateMany({ where: { tourId, id: { notIn: passageIds } }, data: { tourId: null, sequence: null, plannedArrival: null, plannedDeparture: null, unassignedReason: "removed from its tour by a coordinator", unassignedCauses: Prisma.DbNull } });
    for (const [i, id] of order.entries()) {
      const sequence = numbers[i]!;
      if (stepIds.has(id)) await tx.tourStep.update({ where: { id }, data: { sequence } });
      else await tx.passage.update({ where: { id }, data: { tourId, sequence, unassignedReason: null, unassignedCauses: Prisma.DbNull } });
    }
    // A published round that changes gets a new version, so its driver's phone downloads it again.
    const touched = [tourId, ...passages.flatMap((p) => (p.tourId && p.tourId !== tourId ? [p.tourId] : []))];
    await tx.tour.updateMany({ where: { id: { in: touched }, status: "published" }, data: { version: { increment: 1 } } });
    await recordAudit(tx, { actor, organisationId: tour.organisationId, action: "reorder", entity: "Tour", entityId: tourId, changes: { order } });
  });
  const evaluated = await evaluateDay(services, tour.organisationId, isoDate(tour.date));
  await rewriteTimes(services, evaluated);
  // A published round's new order is what its driver now follows: residents are told its times too.
  const published = await prisma.tour.findMany({ where: { id: { in: [tourId, ...passages.flatMap((p) => (p.tourId ? [p.tourId] : []))] }, status: "published" }, select: { id: true } });
  if (published.length) await prisma.$transaction(async (tx) => { for (const t of published) await recordPublishedTimes(tx, t.id); });
  return violationsOf(evaluated);
}

/** Stores the evaluated arrival, departure and load of every stop of the day's tours, and each tour's depot times and totals. */
async function rewriteTimes(services: Services, { routes, steps, midnight, tourOfVehicle }: EvaluatedDay): Promise<void> {
  const instant = (s: number) => new Date(midnight.getTime() + s * 1000);
  await services.db.prisma.$transaction(async (tx) => {
    for (const route of routes) {
      const { tourId, homeName } = tourOfVehicle.get(String(route.vehicle))!;
      const start = route.steps.find((s) => s.type === "start");
      const end = route.steps.find((s) => s.type === "end");
      await tx.tour.update({
        where: { id: tourId },
        data: {
          plannedDurationS: route.duration, plannedDistanceM: route.distance, plannedDrivingS: route.travelTime,
          plannedStartAt: start ? instant(start.departure) : null, plannedEndAt: end ? instant(end.arrival) : null,
          reloads: reloadsColumn(reloadsOf(route, steps, homeName, instant)),
        },
      });
      for (const step of route.steps) {
        const ref = step.id === undefined ? undefined : steps.get(String(step.id));
        if (!ref || ref.kind === "lunch") continue;
        const data = { plannedArrival: instant(step.start), plannedDeparture: instant(step.departure), loadAfter: loadOf(step.load) };
        if (ref.kind === "passage") await tx.passage.updateMany({ where: { id: ref.passageId, tourId }, data });
        else await tx.tourStep.updateMany({ where: { tourId, passageId: ref.passageId, kind: ref.kind, siteId: ref.siteId }, data });
      }
    }
  });
}

export async function publishTour({ services, actor, tourId }: { services: Services; actor: Actor; tourId: string }) {
  const tour = await coordinatedTour(services, actor, tourId);
  notStarted(tour);
  if (!tour.passages.length) throw new ApiError("conflict", "the tour has no passage: plan the day before publishing it");
  const updated = await services.db.prisma.$transaction(async (tx) => {
    const row = await tx.tour.update({ where: { id: tourId }, data: { status: "published", version: { increment: 1 }, publishedAt: services.now() } });
    await recordPublishedTimes(tx, tourId);
    await recordAudit(tx, { actor, organisationId: tour.organisationId, action: "publish", entity: "Tour", entityId: tourId, changes: { version: row.version } });
    return row;
  });
  return { id: updated.id, status: updated.status, version: updated.version, publishedAt: updated.publishedAt!.toISOString() };
}
