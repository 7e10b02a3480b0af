/**
 * Writes a solved plan, all or nothing, and only if its job is still running: per vehicle a
 * tour (planned) with its passages in order, planned times, load after each stop, bread steps,
 * geometry and provenance; unassigned passages keep no tour and say why.
 * `plannedArrival` is when service starts (after any wait for the window to open).
 */
import type { LeftOutCause } from "@tournee/domain";
import type { Solution, UnassignedReason } from "@tournee/solver";
import { Prisma } from "../../generated/prisma/client.js";
import type { Services } from "../../services.js";
import type { StepRef } from "./build-problem.js";
import { dbDate } from "./coordinated-organisation.js";
import { DIMENSIONS, type PlanningDay } from "./planning-day.js";
import { numberStops } from "./stop-numbers.js";
import { reloadsColumn, reloadsOf } from "./tour-reloads.js";

export class JobNotRunning extends Error {}
export class TourAlreadyStarted extends Error {}

export interface RouteExtras {
  polyline6: string;
  /** The line: along the roads (osrm) or straight segments (estimate). */
  geometryProvider: "osrm" | "estimate";
  /** The times: see `timesProvenance`. */
  provider: "osrm" | "estimate" | "mixed";
  estimatedShare: number;
}

/** Load per compartment: litres, and crates of bread to one decimal (the solver counts hundredths). */
export const loadOf = (load: readonly number[]) => Object.fromEntries(DIMENSIONS.map((d, i) => [d, d === "bread" ? Math.round((load[i] ?? 0) / 10) / 10 : (load[i] ?? 0)]));

export async function storePlan(
  services: Services,
  job: { id: string } | undefined,
  day: PlanningDay,
  steps: Map<string, StepRef>,
  solution: Solution,
  extras: Map<string, RouteExtras>,
  /** Called inside the transaction once everything is written; throwing rolls it all back (a dry run). */
  inspect?: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<{ tours: { tourId: string; vehicleId: string; stops: number }[]; unassigned: UnassignedPassage[] }> {
  const { organisationId, date, midnight } = day;
  const instant = (s: number) => new Date(midnight.getTime() + s * 1000);
  return services.db.prisma.$transaction(async (tx) => {
    if (job) {
      const [row] = await tx.$queryRawUnsafe<{ status: string }[]>(`SELECT "status"::text AS status FROM "PlanningJob" WHERE "id" = $1::uuid FOR UPDATE`, job.id);
      if (row?.status !== "running") throw new JobNotRunning(`planning job ${job.id} is ${row?.status ?? "gone"}`);
    }
    const existing = await tx.tour.findMany({ where: { organisationId, date: dbDate(date) } });
    const started = existing.find((t) => t.status === "in_progress" || t.status === "closed");
    if (started) throw new TourAlreadyStarted(`a tour of ${date} has already started: planning would change what a driver is doing; adjust it by hand instead`);
    await tx.tourStep.deleteMany({ where: { tour: { organisationId, date: dbDate(date) } } });
    await tx.passage.updateMany({
      where: { organisationId, date: dbDate(date) },
      data: { tourId: null, sequence: null, plannedArrival: null, plannedDeparture: null, loadAfter: Prisma.DbNull, unassignedReason: null, unassignedCauses: Prisma.DbNull },
    });
    const tours: { tourId: string; vehicleId: string; stops: number }[] = [];
    const placed: { id: string; tourId: string; sequence: number; arrival: string; departure: string; load: string }[] = [];
    const breadSteps: Prisma.TourStepCreateManyInput[] = [];
    for (const route of solution.routes) {
      const vehicleId = String(route.vehicle);
      const vehicle = day.vehicles.find((v) => v.id === vehicleId)!;
      const extra = extras.get(vehicleId);
      const data = {
        organisationId, status: "planned" as const, driverId: vehicle.driverId, geometry: extra?.polyline6 ?? null, routingProvider: extra?.provider ?? null,
        estimatedShare: extra?.estimatedShare ?? null, geometryProvider: extra?.geometryProvider ?? null,
        plannedDurationS: route.duration, plannedDistanceM: route.distance, plannedDrivingS: route.travelTime,
        plannedStartAt: instant(route.steps[0]?.departure ?? 0), plannedEndAt: instant(route.steps.at(-1)?.arrival ?? 0),
        reloads: reloadsColumn(reloadsOf(route, steps, vehicle.home.name, instant)),
      };
      const tour = await tx.tour.upsert({ where: { vehicleId_date: { vehicleId, date: dbDate(date) } }, create: { ...data, vehicleId, date: dbDate(date) }, update: data });
      const onRoute = route.steps.flatMap((step) => {
        const ref = step.id === undefined ? undefined : steps.get(String(step.id));
        return !ref || ref.kind === "lunch" ? [] : [{ ref, step, load: loadOf(step.load) }];
      });
      const numbers = numberStops(onRoute.map(({ ref }) => ref));
      onRoute.forEach(({ ref, step, load }, i) => {
        const sequence = numbers[i]!;
        const times = { plannedArrival: instant(step.start), plannedDeparture: instant(step.departure) };
        if (ref.kind === "passage") {
          placed.push({ id: ref.passageId, tourId: tour.id, sequence, arrival: times.plannedArrival.toISOString(), departure: times.plannedDeparture.toISOString(), load: JSON.stringify(load) });
        } else {
          breadSteps.push({ tourId: tour.id, passageId: ref.passageId, kind: ref.kind, siteId: ref.siteId, sequence, crates: ref.crates, ...times, loadAfter: load });
        }
      });
      tours.push({ tourId: tour.id, vehicleId, stops: (numbers.at(-1) ?? -1) + 1 });
    }
    if (placed.length) {
      await tx.$executeRawUnsafe(
        `UPDATE "Passage" AS p SET "tourId" = x.tour::uuid, "sequence" = x.seq, "plannedArrival" = x.arr::timestamptz, "plannedDeparture" = x.dep::timestamptz, "loadAfter" = x.load::jsonb
         FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[]) AS x(id, tour, seq, arr, dep, load) WHERE p."id" = x.id::uuid`,
        placed.map((p) => p.id), placed.map((p) => p.tourId), placed.map((p) => p.sequence), placed.map((p) => p.arrival), placed.map((p) => p.departure), placed.map((p) => p.load),
      );
    }
    if (breadSteps.length) await tx.tourStep.createMany({ data: breadSteps });
    const used = new Set(solution.routes.map((r) => String(r.vehicle)));
    await tx.tour.deleteMany({ where: { id: { in: existing.filter((t) => !t.vehicleId || !used.has(t.vehicleId)).map((t) => t.id) } } });
    const unassigned = unassignedReasons(steps, solution, { stops: new Map(day.passages.map((p) => [p.passageId, p.name])), vehicles: new Map(day.vehicles.map((v) => [v.id, v.name])) });
    for (const u of unassigned) await tx.passage.update({ where: { id: u.passageId }, data: { unassignedReason: u.reason, unassignedCauses: u.causes } });
    for (const [id, reason] of day.notPlanned) await tx.passage.update({ where: { id }, data: { unassignedReason: reason, unassignedCauses: [] } });
    await inspect?.(tx);
    return { tours, unassigned };
  }, { timeout: 60_000 });
}

export interface UnassignedPassage {
  passageId: string;
  /** The solver's messages, stops named (English, for logs and integrators). */
  reason: string;
  /** The same causes as the planning screen says them. */
  causes: LeftOutCause[];
}

/** The solver's kinds of reason and violation, as the planning screen's causes. */
export const CAUSE: Record<UnassignedReason["kind"], LeftOutCause["kind"]> = {
  skills: "skills", capacity: "capacity", "time-window": "time_window", "working-hours": "working_hours", "max-working-time": "max_working_time",
  "max-travel-time": "max_travel_time", "max-stops": "max_stops", break: "break", precedence: "precedence", priority: "priority",
};

/** One reason per passage (its own, and its bread's when the bread could not be carried), and every cause behind it. */
export function unassignedReasons(steps: Map<string, StepRef>, solution: Solution, names: { stops: Map<string, string>; vehicles: Map<string, string> }): UnassignedPassage[] {
  const reasons = new Map<string, { texts: string[]; causes: LeftOutCause[] }>();
  // The solver names jobs by id; a coordinator reads the stop's name.
  const readable = (text: string) => text.replace(/(?:(?:bread|farm)-(?:pickup|delivery):)?([0-9a-f-]{36})(?::[0-9a-f-]{36})?/g, (whole, id: string) => {
    const name = names.stops.get(id);
    if (!name) return whole;
    const [, goods, side] = /^(bread|farm)-(pickup|delivery):/.exec(whole) ?? [];
    if (!side) return name;
    return side === "pickup" ? `${goods} pickup for ${name}` : `${goods === "farm" ? "farm goods" : goods} for ${name}`;
  });
  for (const u of solution.unassigned) {
    const ref = steps.get(String(u.id));
    if (!ref || ref.kind === "lunch") continue;
    // A passage that gets bread is unplaced as a whole: its own reason, not its bread's.
    const whole = ref.kind === "passage" || (ref.kind === "bread_pickup" && ref.ofPassage);
    const goods = ref.kind === "farm_pickup" || ref.kind === "farm_delivery" ? "farm goods" : "bread";
    const text = readable(whole ? u.reason : `${goods} (${ref.crates} crate(s)) not carried: ${u.reason}`);
    const causes = u.reasons.map((r): LeftOutCause => {
      const other = r.stop === undefined ? undefined : steps.get(String(r.stop));
      const otherStop = other && other.kind !== "lunch" && other.passageId !== ref.passageId ? names.stops.get(other.passageId) : undefined;
      const compartment = r.kind === "capacity" && r.dimension !== undefined ? DIMENSIONS[r.dimension] : undefined;
      return {
        kind: CAUSE[r.kind], alone: r.alone, vehicles: r.vehicles.map((v) => names.vehicles.get(String(v)) ?? String(v)), bread: !whole && goods === "bread", ...(goods === "farm goods" ? { farm: true } : {}),
        ...(compartment ? { compartment } : {}), ...(otherStop ? { otherStop } : {}),
      };
    });
    const entry = reasons.get(ref.passageId) ?? { texts: [], causes: [] };
    reasons.set(ref.passageId, { texts: [...entry.texts, text], causes: [...entry.causes, ...causes] });
  }
  return [...reasons.entries()].map(([passageId, { texts, causes }]) => ({ passageId, reason: texts.join("; "), causes }));
}
