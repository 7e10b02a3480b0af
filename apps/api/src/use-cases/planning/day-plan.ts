/**
 * A day's plan as rows: its tours, where each passage goes and when, and the bread steps. Read
 * from the database (the live plan, or a new plan written in a transaction that is then rolled
 * back), kept as JSON on a planning job while it awaits publication, and written back whole
 * when it is published. Tours are matched by vehicle: a vehicle keeps its tour (and the tour's
 * id) from one plan to the next.
 */
import { recordPublishedTimes } from "./published-times.js";
import { Prisma } from "../../generated/prisma/client.js";
import { dbDate } from "./coordinated-organisation.js";
import { readReloads, reloadsColumn } from "./tour-reloads.js";
import type { TourReload } from "@tournee/domain";

export interface PlanTour {
  id: string;
  vehicleId: string;
  vehicleName: string;
  driverId: string | null;
  driverName: string | null;
  status: string;
  version: number;
  geometry: string | null;
  routingProvider: "osrm" | "estimate" | "mixed" | null;
  /** Share (0–1) of the tour's legs whose times are estimated. */
  estimatedShare: number | null;
  /** The line: along the roads (osrm) or straight segments (estimate). */
  geometryProvider: "osrm" | "estimate" | "mixed" | null;
  plannedDurationS: number | null;
  plannedDistanceM: number | null;
  plannedDrivingS: number | null;
  plannedStartAt: string | null;
  plannedEndAt: string | null;
  /** Multi-trip: returns to the home site to reload (absent on proposals kept before reloads were). */
  reloads?: TourReload[];
}

export interface PlanPassage {
  id: string;
  stopId: string;
  stopName: string;
  city: string;
  kind: "halt" | "home_drop";
  /** A halt, a home drop with an order, or one at its household's rhythm: the passages a run plans. */
  plannable: boolean;
  /** A home drop at its household's rhythm, chosen by a plan of several weeks (absent in plans kept before it existed). */
  regularVisit?: boolean;
  vehicleId: string | null;
  sequence: number | null;
  plannedArrival: string | null;
  plannedDeparture: string | null;
  loadAfter: Prisma.JsonValue;
  unassignedReason: string | null;
  /** LeftOutCause[] as stored (null: none kept). */
  unassignedCauses: Prisma.JsonValue;
}

export interface PlanStep {
  vehicleId: string;
  passageId: string;
  kind: "bread_pickup" | "bread_delivery" | "farm_pickup" | "farm_delivery";
  siteId: string | null;
  sequence: number;
  crates: number;
  plannedArrival: string;
  plannedDeparture: string;
  loadAfter: Prisma.JsonValue;
}

export interface DayPlan {
  tours: PlanTour[];
  passages: PlanPassage[];
  steps: PlanStep[];
}

type Db = Prisma.TransactionClient;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function readDayPlan(db: Db, organisationId: string, date: string): Promise<DayPlan> {
  const tours = await db.tour.findMany({
    where: { organisationId, date: dbDate(date), vehicleId: { not: null } },
    include: { vehicle: { select: { name: true } }, driver: { select: { displayName: true } }, steps: true },
    orderBy: { vehicle: { name: "asc" } },
  });
  const vehicleOf = new Map(tours.map((t) => [t.id, t.vehicleId!]));
  const passages = await db.passage.findMany({
    where: { organisationId, date: dbDate(date), status: "scheduled" },
    include: { stop: true, _count: { select: { orders: { where: { status: { not: "cancelled" } } } } } },
    orderBy: [{ windowStart: "asc" }, { id: "asc" }],
  });
  return {
    tours: tours.map((t) => ({
      id: t.id, vehicleId: t.vehicleId!, vehicleName: t.vehicle?.name ?? "", driverId: t.driverId, driverName: t.driver?.displayName ?? null, status: t.status, version: t.version,
      geometry: t.geometry, routingProvider: t.routingProvider, estimatedShare: t.estimatedShare, geometryProvider: t.geometryProvider, plannedDurationS: t.plannedDurationS, plannedDistanceM: t.plannedDistanceM, plannedDrivingS: t.plannedDrivingS,
      plannedStartAt: iso(t.plannedStartAt), plannedEndAt: iso(t.plannedEndAt), reloads: readReloads(t.reloads),
    })),
    passages: passages.map((p) => ({
      id: p.id, stopId: p.stopId, stopName: p.stop.name, city: p.stop.city, kind: p.stop.kind, plannable: p.stop.kind === "halt" || p._count.orders > 0 || p.regularVisit, regularVisit: p.regularVisit,
      vehicleId: p.tourId ? (vehicleOf.get(p.tourId) ?? null) : null, sequence: p.sequence, plannedArrival: iso(p.plannedArrival), plannedDeparture: iso(p.plannedDeparture),
      loadAfter: p.loadAfter, unassignedReason: p.unassignedReason, unassignedCauses: p.unassignedCauses,
    })),
    steps: tours.flatMap((t) => t.steps.map((s) => ({
      vehicleId: t.vehicleId!, passageId: s.passageId, kind: s.kind, siteId: s.siteId, sequence: s.sequence, crates: s.crates,
      plannedArrival: s.plannedArrival.toISOString(), plannedDeparture: s.plannedDeparture.toISOString(), loadAfter: s.loadAfter,
    }))),
  };
}

/**
 * What must not have changed between a plan's computation and its publication: the tours (and
 * their versions and statuses), where each passage is and when, and which passages are to plan.
 */
export function planFingerprint(plan: DayPlan): string {
  return JSON.stringify([
    plan.tours.map((t) => [t.id, t.vehicleId, t.status, t.version]),
    plan.passages.map((p) => [p.id, p.plannable, p.vehicleId, p.sequence, p.plannedArrival]),
  ]);
}

export class DayStarted extends Error {}

/**
 * Writes `plan` as the day's published plan: each vehicle's tour is published with a new version
 * (so drivers' phones download it again), passages and bread steps take their places and times,
 * and published tours of vehicles the plan no longer uses are removed.
 */
export async function publishDayPlan(tx: Db, organisationId: string, date: string, plan: DayPlan, now: Date, { underWay = false }: { underWay?: boolean } = {}): Promise<{ tourId: string; version: number }[]> {
  const day = dbDate(date);
  const existing = await tx.tour.findMany({ where: { organisationId, date: day } });
  if (!underWay && existing.some((t) => t.status === "in_progress" || t.status === "closed")) throw new DayStarted(`a round of ${date} has started`);
  const statusOf = new Map(existing.map((t) => [t.vehicleId, t.status]));
  await tx.tourStep.deleteMany({ where: { tour: { organisationId, date: day } } });
  // Passages the plan does not list lose their place; the others are written below (a passage that stays on its round never leaves it).
  await tx.passage.updateMany({
    where: { organisationId, date: day, id: { notIn: plan.passages.map((p) => p.id) } },
    data: { tourId: null, sequence: null, plannedArrival: null, plannedDeparture: null, loadAfter: Prisma.DbNull, unassignedReason: null, unassignedCauses: Prisma.DbNull },
  });
  const tourOf = new Map<string, string>();
  const published: { tourId: string; version: number }[] = [];
  for (const t of plan.tours) {
    // A closed round is over; a round under way (a re-plan after a breakdown) stays under way, with a new version.
    if (statusOf.get(t.vehicleId) === "closed") {
      tourOf.set(t.vehicleId, existing.find((e) => e.vehicleId === t.vehicleId)!.id);
      continue;
    }
    const data = {
      organisationId, status: statusOf.get(t.vehicleId) === "in_progress" ? ("in_progress" as const) : ("published" as const), publishedAt: now, driverId: t.driverId, geometry: t.geometry, routingProvider: t.routingProvider,
      estimatedShare: t.estimatedShare, geometryProvider: t.geometryProvider,
      plannedDurationS: t.plannedDurationS, plannedDistanceM: t.plannedDistanceM, plannedDrivingS: t.plannedDrivingS,
      plannedStartAt: t.plannedStartAt ? new Date(t.plannedStartAt) : null, plannedEndAt: t.plannedEndAt ? new Date(t.plannedEndAt) : null,
      reloads: reloadsColumn(t.reloads ?? []),
    };
    const tour = await tx.tour.upsert({
      where: { vehicleId_date: { vehicleId: t.vehicleId, date: day } },
      create: { ...data, vehicleId: t.vehicleId, date: day, version: 1 },
      update: { ...data, version: { increment: 1 } },
    });
    tourOf.set(t.vehicleId, tour.id);
    published.push({ tourId: tour.id, version: tour.version });
  }
  for (const p of plan.passages) {
    const tourId = p.vehicleId ? tourOf.get(p.vehicleId) : undefined;
    await tx.passage.updateMany({
      where: { id: p.id, organisationId, date: day },
      data: {
        tourId: tourId ?? null, sequence: tourId ? p.sequence : null, unassignedReason: p.unassignedReason,
        unassignedCauses: !tourId && p.unassignedCauses !== null ? (p.unassignedCauses as Prisma.InputJsonValue) : Prisma.DbNull,
        plannedArrival: tourId && p.plannedArrival ? new Date(p.plannedArrival) : null, plannedDeparture: tourId && p.plannedDeparture ? new Date(p.plannedDeparture) : null,
        loadAfter: tourId && p.loadAfter !== null ? (p.loadAfter as Prisma.InputJsonValue) : Prisma.DbNull,
        ...(p.regularVisit === undefined ? {} : { regularVisit: p.regularVisit }),
      },
    });
  }
  const steps = plan.steps.flatMap((s) => {
    const tourId = tourOf.get(s.vehicleId);
    return tourId ? [{ tourId, passageId: s.passageId, kind: s.kind, siteId: s.siteId, sequence: s.sequence, crates: s.crates,
      plannedArrival: new Date(s.plannedArrival), plannedDeparture: new Date(s.plannedDeparture), loadAfter: s.loadAfter as Prisma.InputJsonValue }] : [];
  });
  if (steps.length) await tx.tourStep.createMany({ data: steps });
  const kept = new Set(plan.tours.map((t) => t.vehicleId));
  await tx.tour.deleteMany({ where: { id: { in: existing.filter((t) => !t.vehicleId || !kept.has(t.vehicleId)).map((t) => t.id) } } });
  // Residents are told the new times (and that a time moved, when it moved by more than 15 minutes).
  for (const { tourId } of published) await recordPublishedTimes(tx, tourId);
  return published;
}
