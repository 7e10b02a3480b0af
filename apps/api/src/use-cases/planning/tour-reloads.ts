/**
 * Multi-trip rounds: each return of the vehicle to its home site to load its next trip, read from
 * the solver's route and kept on the tour (`Tour.reloads`), so the planning screen, the tour sheet,
 * the loading lists and the driver's phone show it between the stops of two trips.
 */
import { TourReloadSchema, type TourReload } from "@tournee/domain";
import type { Route } from "@tournee/solver";
import { z } from "zod";
import { Prisma } from "../../generated/prisma/client.js";
import { stepId, type StepRef } from "./build-problem.js";
import { loadOf } from "./store-plan.js";
import { numberStops } from "./stop-numbers.js";

/**
 * The route's reloads, each before the stop number its trip starts with (numbered as `storePlan`
 * numbers them), with what is loaded at the depot: the load leaving it less the bread and farm
 * goods collected earlier that stay on board for the next trip.
 */
export function reloadsOf(route: Route, steps: Map<string, StepRef>, siteName: string, instant: (s: number) => Date): TourReload[] {
  const refs = route.steps.map((step) => (step.id === undefined ? undefined : steps.get(String(step.id))));
  const collected = new Map<string, number[]>();
  const carried = route.steps.map((step, i) => {
    const ref = refs[i];
    if (step.type === "pickup" && ref && ref.kind !== "lunch" && ref.kind !== "passage") {
      const before = route.steps[i - 1]?.load ?? [];
      collected.set(deliveryOf(ref), step.load.map((x, k) => x - (before[k] ?? 0)));
    }
    if (step.type === "delivery" && step.id !== undefined) collected.delete(String(step.id));
    return [...collected.values()].reduce((sum, goods) => sum.map((x, k) => x + (goods[k] ?? 0)), route.steps[0]!.load.map(() => 0));
  });
  const placed = refs.flatMap((ref, index) => (ref && ref.kind !== "lunch" ? [{ ref, index }] : []));
  const numbers = numberStops(placed.map(({ ref }) => ref));
  return route.steps.flatMap((step, i) => {
    if (step.type !== "reload") return [];
    const next = placed.findIndex(({ index }) => index > i);
    if (next < 0) return [];
    return [{
      trip: step.trip ?? 2, beforeSequence: numbers[next]!, siteName,
      plannedArrival: instant(step.arrival).toISOString(), plannedDeparture: instant(step.departure).toISOString(), load: loadOf(step.load.map((x, k) => x - carried[i]![k]!)),
    }];
  });
}

/** The stored column as written; null when the round has a single trip. */
export const reloadsColumn = (reloads: TourReload[]) => (reloads.length ? (reloads as Prisma.InputJsonValue) : Prisma.DbNull);

/** The stored reloads, or none when the column is empty or not what this version writes. */
export function readReloads(value: Prisma.JsonValue | null | undefined): TourReload[] {
  const parsed = z.array(TourReloadSchema).safeParse(value ?? []);
  return parsed.success ? parsed.data : [];
}

/** The solver id of the step where what a pickup collected is handed over. */
function deliveryOf(ref: Extract<StepRef, { kind: "bread_pickup" | "bread_delivery" | "farm_pickup" | "farm_delivery" }>): string {
  if (ref.kind === "farm_pickup" || ref.kind === "farm_delivery") return stepId.farmDelivery(ref.passageId, ref.siteId);
  return ref.kind === "bread_pickup" && ref.ofPassage ? ref.passageId : stepId.delivery(ref.passageId, ref.siteId);
}
