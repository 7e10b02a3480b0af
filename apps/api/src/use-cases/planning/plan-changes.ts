/**
 * What publishing a new plan of a published day would change for the people who rely on the
 * published one: stops that change vehicle, times that move, halts whose published time breaks
 * (residents were told it), stops dropped or added, and rounds a driver would lose.
 */
import type { PlanChanges } from "@tournee/domain";
import type { DayPlan, PlanPassage } from "./day-plan.js";

/** A published halt time may move this much before residents must be told again (the residents' page says so beyond it). */
export const PUBLISHED_TIME_TOLERANCE_MINUTES = 15;

const minutesBetween = (a: string, b: string) => Math.round((new Date(b).getTime() - new Date(a).getTime()) / 60_000);

export function planChanges(before: DayPlan, after: DayPlan): PlanChanges {
  const vehicleName = new Map([...before.tours, ...after.tours].map((t) => [t.vehicleId, t.vehicleName]));
  const name = (id: string | null) => (id ? (vehicleName.get(id) ?? null) : null);
  const publishedVehicles = new Set(before.tours.filter((t) => t.status === "published").map((t) => t.vehicleId));
  const next = new Map(after.passages.map((p) => [p.id, p]));
  const changes: PlanChanges = { moved: [], retimed: [], brokenHalts: [], toleranceMinutes: PUBLISHED_TIME_TOLERANCE_MINUTES, dropped: [], added: [], removedRounds: [] };
  const stop = (p: PlanPassage) => ({ passageId: p.id, stopName: p.stopName, kind: p.kind });
  for (const old of before.passages) {
    const now = next.get(old.id);
    const was = old.vehicleId;
    const will = now?.vehicleId ?? null;
    if (was && !will) changes.dropped.push(stop(old));
    if (!was && will) changes.added.push(stop(old));
    if (was !== will && (was || will)) changes.moved.push({ ...stop(old), from: name(was), to: name(will), at: will ? (now?.plannedArrival ?? null) : null });
    if (old.plannedArrival && now?.plannedArrival && was && will) {
      const minutes = minutesBetween(old.plannedArrival, now.plannedArrival);
      if (minutes !== 0) changes.retimed.push({ ...stop(old), before: old.plannedArrival, after: now.plannedArrival, minutes });
    }
    const told = old.kind === "halt" && old.plannedArrival && was && publishedVehicles.has(was);
    if (told) {
      const planned = will ? (now?.plannedArrival ?? null) : null;
      if (!planned || Math.abs(minutesBetween(old.plannedArrival!, planned)) > PUBLISHED_TIME_TOLERANCE_MINUTES) {
        changes.brokenHalts.push({ ...stop(old), published: old.plannedArrival!, planned });
      }
    }
  }
  changes.retimed.sort((a, b) => Math.abs(b.minutes) - Math.abs(a.minutes));
  const kept = new Set(after.tours.map((t) => t.vehicleId));
  changes.removedRounds = before.tours.filter((t) => t.status === "published" && !kept.has(t.vehicleId)).map((t) => ({ vehicle: t.vehicleName, driver: t.driverName }));
  return changes;
}
