/**
 * The solver's problem for a planning day. Passages are jobs (hard window = the published or
 * agreed window, service = dwell); vehicles start and end at their home site within their
 * driver's hours, with a 30-minute lunch break on long days.
 *
 * Bread: a passage that gets bread is the delivery of a shipment whose pickup is at the bakery
 * (in its opening hours; bread from a bakery closed that day is not collected, see planning-day.ts), so its bread is handed over with the rest of its order, by the vehicle
 * that brings the groceries, and every passage's bread is loaded in one visit to the bakery (the
 * loading setup is paid once per arrival). The shipment's amount is the bread; the passage's
 * groceries are its `depotLoad`, on board from the depot (for a vehicle that reloads, from the
 * start of the passage's trip), so the solver's loads are those the vehicle really carries and a
 * bakery on the way is never taken for a second depot.
 * Bread from a second bakery for the same passage is a shipment of its own, handed over apart.
 *
 * Farm goods a round collects (a producer whose agreement says farm_pickup): per passage and farm,
 * a shipment from the farm (in its opening hours) to the passage, so they are loaded at the farm
 * before the passage they go to; every passage's goods from one farm are loaded in one visit.
 */
import type { PlanningWarning } from "@tournee/domain";
import type { Lock, Problem, Shipment, Job, Vehicle } from "@tournee/solver";
import { CRATE_LITRES, SKILL, type DayVehicle, type PlanningDay, type Place } from "./planning-day.js";

/** Paid once per arrival at the bakery (setup), however many stops' crates are loaded. */
export const BAKERY_LOADING_S = 5 * 60;
export const CRATE_LOADING_S = 30;
export const BREAD_HANDOVER_S = 60;
/** Paid once per arrival at a farm; then per crate of its goods (CRATE_LITRES litres a crate). */
export const FARM_LOADING_S = 5 * 60;
export const FARM_HANDOVER_S = 60;
const LUNCH: { window: [number, number]; durationS: number; fromDayLongerThanS: number } = { window: [11.5 * 3600, 14 * 3600], durationS: 30 * 60, fromDayLongerThanS: 6 * 3600 };
/** Travel time used for a pair with no road route: never worth taking. */
const NO_ROUTE_S = 10_000_000;

export const stepId = {
  pickup: (passageId: string, siteId: string) => `bread-pickup:${passageId}:${siteId}`,
  delivery: (passageId: string, siteId: string) => `bread-delivery:${passageId}:${siteId}`,
  farmPickup: (passageId: string, siteId: string) => `farm-pickup:${passageId}:${siteId}`,
  farmDelivery: (passageId: string, siteId: string) => `farm-delivery:${passageId}:${siteId}`,
  lunch: (vehicleId: string) => `lunch:${vehicleId}`,
};

/** The solver id of a stored tour step, by its kind. */
export const STEP_ID = { bread_pickup: stepId.pickup, bread_delivery: stepId.delivery, farm_pickup: stepId.farmPickup, farm_delivery: stepId.farmDelivery } as const;
/** Steps that happen at a site (bakery, farm) rather than at their passage. */
export const atSite = (kind: string) => kind === "bread_pickup" || kind === "farm_pickup";

export type StepRef =
  | { kind: "passage"; passageId: string }
  /** `ofPassage`: the passage itself is this shipment's delivery (its first bakery's bread). */
  | { kind: "bread_pickup"; passageId: string; siteId: string; crates: number; ofPassage?: true }
  | { kind: "bread_delivery"; passageId: string; siteId: string; crates: number }
  | { kind: "farm_pickup" | "farm_delivery"; passageId: string; siteId: string; crates: number }
  | { kind: "lunch" };

/** Every place of the day once, in matrix order. */
export function placesOf(day: PlanningDay): Place[] {
  const places = new Map<string, Place>();
  for (const v of day.vehicles) places.set(v.home.id, v.home);
  for (const b of day.bakeries.values()) places.set(b.id, b);
  for (const f of day.farms.values()) places.set(f.id, f);
  for (const p of day.passages) places.set(p.id, p);
  return [...places.values()];
}

export interface BuiltProblem {
  problem: Problem;
  steps: Map<string, StepRef>;
  locks: Lock[];
  warnings: PlanningWarning[];
}

export function buildProblem(day: PlanningDay, places: Place[], matrix: { durations: (number | null)[][]; distances: (number | null)[][] }): BuiltProblem {
  const index = new Map(places.map((p, i) => [p.id, i]));
  const at = (id: string) => index.get(id)!;
  const steps = new Map<string, StepRef>();
  const jobs: Job[] = [];
  const shipments: Shipment[] = [];
  for (const p of day.passages) {
    steps.set(p.passageId, { kind: "passage", passageId: p.passageId });
    const priority = p.kind === "halt" ? 100 : 50;
    const stop = { id: p.passageId, location: at(p.id), service: p.serviceS, timeWindows: [p.window] };
    for (const [siteId, goods] of p.farm) shipments.push(farmShipment(p, siteId, goods, priority));
    const [first, ...others] = [...p.bread.entries()].filter(([, hundredths]) => hundredths > 0);
    if (!first) {
      jobs.push({ ...stop, delivery: p.delivery, skills: p.skills, priority });
      continue;
    }
    shipments.push({ pickup: breadPickup(p.passageId, first, true), delivery: stop, amount: [0, 0, 0, first[1]], depotLoad: [...p.delivery.slice(0, 3), 0], skills: p.skills, priority });
    for (const other of others) {
      const delivery = stepId.delivery(p.passageId, other[0]);
      steps.set(delivery, { kind: "bread_delivery", passageId: p.passageId, siteId: other[0], crates: Math.ceil(other[1] / 100) });
      shipments.push({ pickup: breadPickup(p.passageId, other), delivery: { id: delivery, location: at(p.id), service: BREAD_HANDOVER_S, timeWindows: [p.window] }, amount: [0, 0, 0, other[1]], priority });
    }
  }
  function breadPickup(passageId: string, [siteId, hundredths]: [string, number], ofPassage = false) {
    const crates = Math.ceil(hundredths / 100);
    const id = stepId.pickup(passageId, siteId);
    steps.set(id, { kind: "bread_pickup", passageId, siteId, crates, ...(ofPassage ? { ofPassage } : {}) });
    return { id, location: at(siteId), setup: BAKERY_LOADING_S, service: CRATE_LOADING_S * crates, timeWindows: day.bakeries.get(siteId)!.windows };
  }
  function farmShipment(p: PlanningDay["passages"][number], siteId: string, goods: number[], priority: number): Shipment {
    const crates = Math.max(1, Math.ceil(goods.reduce((a, b) => a + b, 0) / CRATE_LITRES));
    const pickup = stepId.farmPickup(p.passageId, siteId);
    const delivery = stepId.farmDelivery(p.passageId, siteId);
    steps.set(pickup, { kind: "farm_pickup", passageId: p.passageId, siteId, crates });
    steps.set(delivery, { kind: "farm_delivery", passageId: p.passageId, siteId, crates });
    const skills = [...(goods[1]! > 0 ? [SKILL.chilled] : []), ...(goods[2]! > 0 ? [SKILL.frozen] : [])];
    return {
      pickup: { id: pickup, location: at(siteId), setup: FARM_LOADING_S, service: CRATE_LOADING_S * crates, timeWindows: day.farms.get(siteId)!.windows },
      delivery: { id: delivery, location: at(p.id), service: FARM_HANDOVER_S, timeWindows: [p.window] },
      amount: [...goods, 0], skills, priority,
    };
  }
  const vehicles: Vehicle[] = day.vehicles.map((v) => solverVehicle(v, at, steps));
  const { locks, warnings } = locksOf(day);
  return {
    problem: { version: 1, name: `${day.organisationId} ${day.date}`, matrices: { car: { durations: withoutGaps(matrix.durations), distances: withoutGaps(matrix.distances) } }, jobs, shipments, vehicles },
    steps, locks, warnings,
  };
}

/** A matrix of road times or distances with every pair that has no road route made never worth taking. */
export const withoutGaps = (m: readonly (readonly (number | null)[])[]) => m.map((row) => row.map((x) => x ?? NO_ROUTE_S));

/** A vehicle of the day for the solver: from and back to its home site, in its driver's hours, with a lunch break on a long day. */
export function solverVehicle(v: DayVehicle, at: (placeId: string) => number, steps: Map<string, StepRef>): Vehicle {
  const long = v.window[1] - v.window[0] > LUNCH.fromDayLongerThanS && v.window[0] <= LUNCH.window[0] && v.window[1] >= LUNCH.window[1];
  if (long) steps.set(stepId.lunch(v.id), { kind: "lunch" });
  return {
    id: v.id, start: at(v.home.id), end: at(v.home.id), capacity: v.capacity, skills: v.skills, timeWindow: v.window,
    ...(v.costs ? { costs: v.costs } : {}), profile: "car",
    ...(long ? { breaks: [{ id: stepId.lunch(v.id), timeWindows: [LUNCH.window], duration: LUNCH.durationS }] } : {}),
    ...(v.maxStops ? { maxStops: v.maxStops } : {}),
    ...(v.maxTravelTime ? { maxTravelTime: v.maxTravelTime } : {}),
    ...(v.reload ? { reload: v.reload } : {}),
  };
}

/** Locks set by the coordinator. Positions are kept only as a prefix 0, 1, … of a route, as the solver needs. */
export function locksOf(day: PlanningDay): { locks: Lock[]; warnings: PlanningWarning[] } {
  const warnings: PlanningWarning[] = [];
  const vehicles = new Map(day.vehicles.map((v) => [v.id, v]));
  const locked = day.passages.filter((p) => p.lockedVehicleId);
  const locks: Lock[] = [];
  for (const vehicleId of new Set(locked.map((p) => p.lockedVehicleId!))) {
    const mine = locked.filter((p) => p.lockedVehicleId === vehicleId);
    if (!vehicles.has(vehicleId)) {
      warnings.push({ code: "lock_without_driver", count: mine.length });
      continue;
    }
    const positions = mine.flatMap((p) => (p.lockedSequence === null ? [] : [p.lockedSequence])).sort((a, b) => a - b);
    const prefix = positions.every((pos, i) => pos === i) && !mine.some((p) => (p.bread.size || p.farm.size) && p.lockedSequence !== null);
    const vehicle = vehicles.get(vehicleId)!;
    if (!prefix && positions.length) warnings.push({ code: "lock_positions_gap", vehicle: { id: vehicle.id, name: vehicle.name } });
    for (const p of mine) locks.push({ job: p.passageId, vehicle: vehicleId, ...(prefix && p.lockedSequence !== null ? { position: p.lockedSequence } : {}) });
  }
  return { locks, warnings };
}
