/**
 * A plan in a person's units: per vehicle its stops, km, time at the wheel, departure and return
 * beside the hours it may work, its highest load beside its room; the day's totals; and every
 * stop left out with its reason as a code a screen can say in words.
 */
import { z } from "zod";
import { LeftOutCauseSchema, tripOf, type LeftOutCause, type LeftOutReason, type LeftOutStop, type PlanFigures, type PlannedVehicle } from "@tournee/domain";
import { addedAfterPublication, daySentOut } from "./added-after-publication.js";
import type { DayPlan } from "./day-plan.js";
import { DIMENSIONS, type PlanningDay } from "./planning-day.js";

/** The solver's and the coordinator's explanations, sorted into the reasons a screen says in words. */
const REASONS: [RegExp, LeftOutReason][] = [
  [/closed that day: not visited/, "site_closed"],
  [/removed from its tour by a coordinator/, "removed"],
  [/which broke down/, "broken_down"],
  [/no room left/, "no_room"],
  [/no vehicle has skill|no single vehicle has all the skills|lacks its skills|no vehicle (?:takes part|can go out)/, "no_vehicle"],
  [/(^|: )capacity/, "capacity"],
  [/is unreachable|window/, "time_window"],
  [/working hours|breaks|too far|maximum travel time|driver/, "driver_availability"],
];

export function leftOutReason(text: string): LeftOutReason {
  return REASONS.find(([pattern]) => pattern.test(text))?.[1] ?? "no_room";
}

/**
 * Stops of the day left out of `plan`: home drops nobody ordered for, home drops whose goods all
 * stay at a site closed that day (`notPlanned`, known before a run too), deliveries that came after
 * the rounds were published, then those planning could not place (none before a first run).
 */
export function leftOutStops(plan: DayPlan, notPlanned: ReadonlyMap<string, string> = new Map()): LeftOutStop[] {
  const sentOut = daySentOut(plan);
  return plan.passages.flatMap((p): LeftOutStop[] => {
    const stop = { id: p.stopId, name: p.stopName, city: p.city, kind: p.kind };
    if (!p.plannable) return [{ passageId: p.id, stop, reason: "no_order", causes: [], detail: "no order for this home drop: it is not planned" }];
    const closed = p.vehicleId ? undefined : notPlanned.get(p.id);
    if (closed) return [{ passageId: p.id, stop, reason: "site_closed", causes: [], detail: closed }];
    if (addedAfterPublication(p, sentOut)) return [{ passageId: p.id, stop, reason: "added_after_publication", causes: [], detail: "ordered after the day's rounds were published: plan the day again to take it in" }];
    if (p.vehicleId || !p.unassignedReason) return [];
    return [{ passageId: p.id, stop, reason: leftOutReason(p.unassignedReason), causes: storedCauses(p.unassignedCauses), detail: p.unassignedReason }];
  }).sort((a, b) => Number(b.reason === "no_order") - Number(a.reason === "no_order") || a.stop.name.localeCompare(b.stop.name));
}

/** The causes stored with a passage; a row written before they were kept, or unreadable, has none. */
function storedCauses(value: unknown): LeftOutCause[] {
  const parsed = z.array(LeftOutCauseSchema).safeParse(value);
  return parsed.success ? parsed.data : [];
}

export interface VehicleFrame {
  capacity: Record<string, number>;
  hours: { from: string; to: string } | null;
}

/** Room and hours of each vehicle of the day, as the planning run sees them (bread in crates). */
export function vehicleFrames(day: PlanningDay): Map<string, VehicleFrame> {
  const at = (s: number) => new Date(day.midnight.getTime() + s * 1000).toISOString();
  return new Map(day.vehicles.map((v) => [v.id, {
    capacity: Object.fromEntries(DIMENSIONS.map((d, i) => [d, d === "bread" ? (v.capacity[i] ?? 0) / 100 : (v.capacity[i] ?? 0)])),
    hours: { from: at(v.window[0]), to: at(v.window[1]) },
  }]));
}

const loadValue = (load: unknown, key: string) => {
  const value = load && typeof load === "object" ? (load as Record<string, unknown>)[key] : undefined;
  return typeof value === "number" ? value : 0;
};

export function planFigures(plan: DayPlan, day: PlanningDay, frames: Map<string, VehicleFrame>): { vehicles: PlannedVehicle[]; totals: PlanFigures } {
  const delivery = new Map(day.passages.map((p) => [p.passageId, p.delivery]));
  const vehicles = plan.tours.map((t): PlannedVehicle => {
    const mine = plan.passages.filter((p) => p.vehicleId === t.vehicleId);
    const bread = [...mine.map((p) => p.loadAfter), ...plan.steps.filter((s) => s.vehicleId === t.vehicleId).map((s) => s.loadAfter)].map((l) => loadValue(l, "bread"));
    // A multi-trip round loads each trip at the depot: its peak is its fullest trip's.
    const reloads = t.reloads ?? [];
    const trips = [1, ...reloads.map((r) => r.trip)].map((trip) => mine.filter((p) => tripOf(p.sequence, reloads) === trip));
    const peakLoad = Object.fromEntries(DIMENSIONS.map((d, i) => [d, d === "bread" ? Math.max(0, ...bread) : Math.max(...trips.map((trip) => trip.reduce((sum, p) => sum + (delivery.get(p.id)?.[i] ?? 0), 0)))]));
    const frame = frames.get(t.vehicleId);
    return {
      vehicle: { id: t.vehicleId, name: t.vehicleName }, driver: t.driverId ? { id: t.driverId, displayName: t.driverName ?? "" } : null,
      tourId: t.id, stops: mine.length, distanceM: t.plannedDistanceM, drivingS: t.plannedDrivingS,
      departure: t.plannedStartAt, return: t.plannedEndAt, hours: frame?.hours ?? null, peakLoad, capacity: frame?.capacity ?? {}, trips: trips.length,
    };
  });
  const placed = plan.passages.filter((p) => p.vehicleId).length;
  const working = (v: PlannedVehicle) => (v.departure && v.return ? Math.round((new Date(v.return).getTime() - new Date(v.departure).getTime()) / 1000) : 0);
  return {
    vehicles,
    totals: {
      distanceM: vehicles.reduce((n, v) => n + (v.distanceM ?? 0), 0), drivingS: vehicles.reduce((n, v) => n + (v.drivingS ?? 0), 0), workingS: vehicles.reduce((n, v) => n + working(v), 0),
      placed, leftOut: plan.passages.length - placed,
    },
  };
}
