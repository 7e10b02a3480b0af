/**
 * The solver's problem for a planning day. Passages are jobs (hard window = the published or
 * agreed window, service = dwell), bread is one shipment per passage and bakery (collected at the
 * bakery in its opening hours, handed over in the passage's window), vehicles start and end at
 * their home site within their driver's hours, with a 30-minute lunch break on long days.
 */
import type { Lock, Problem, Shipment, Job, Vehicle } from "@tournee/solver";
import type { PlanningDay, Place } from "./planning-day.js";

/** Paid once per arrival at the bakery (setup), however many stops' crates are loaded. */
export const BAKERY_LOADING_S = 5 * 60;
export const CRATE_LOADING_S = 30;
export const BREAD_HANDOVER_S = 60;
const LUNCH: { window: [number, number]; durationS: number; fromDayLongerThanS: number } = { window: [11.5 * 3600, 14 * 3600], durationS: 30 * 60, fromDayLongerThanS: 6 * 3600 };
/** Travel time used for a pair with no road route: never worth taking. */
const NO_ROUTE_S = 10_000_000;

export const stepId = {
  pickup: (passageId: string, siteId: string) => `bread-pickup:${passageId}:${siteId}`,
  delivery: (passageId: string, siteId: string) => `bread-delivery:${passageId}:${siteId}`,
  lunch: (vehicleId: string) => `lunch:${vehicleId}`,
};

export type StepRef =
  | { kind: "passage"; passageId: string }
  | { kind: "bread_pickup" | "bread_delivery"; passageId: string; siteId: string; crates: number }
  | { kind: "lunch" };

/** Every place of the day once, in matrix order. */
export function placesOf(day: PlanningDay): Place[] {
  const places = new Map<string, Place>();
  for (const v of day.vehicles) places.set(v.home.id, v.home);
  for (const b of day.bakeries.values()) places.set(b.id, b);
  for (const p of day.passages) places.set(p.id, p);
  return [...places.values()];
}

export interface BuiltProblem {
  problem: Problem;
  steps: Map<string, StepRef>;
  locks: Lock[];
  warnings: string[];
}

export function buildProblem(day: PlanningDay, places: Place[], matrix: { durations: (number | null)[][]; distances: (number | null)[][] }): BuiltProblem {
  const index = new Map(places.map((p, i) => [p.id, i]));
  const at = (id: string) => index.get(id)!;
  const steps = new Map<string, StepRef>();
  const jobs: Job[] = day.passages.map((p) => {
    steps.set(p.passageId, { kind: "passage", passageId: p.passageId });
    return { id: p.passageId, location: at(p.id), service: p.serviceS, delivery: p.delivery, skills: p.skills, timeWindows: [p.window], priority: p.kind === "halt" ? 100 : 50 };
  });
  const shipments: Shipment[] = day.passages.flatMap((p) => [...p.bread.entries()].filter(([, hundredths]) => hundredths > 0).map(([siteId, hundredths]) => {
    const crates = Math.ceil(hundredths / 100);
    const bakery = day.bakeries.get(siteId)!;
    const pickup = stepId.pickup(p.passageId, siteId);
    const delivery = stepId.delivery(p.passageId, siteId);
    steps.set(pickup, { kind: "bread_pickup", passageId: p.passageId, siteId, crates });
    steps.set(delivery, { kind: "bread_delivery", passageId: p.passageId, siteId, crates });
    return {
      pickup: { id: pickup, location: at(siteId), setup: BAKERY_LOADING_S, service: CRATE_LOADING_S * crates, timeWindows: [bakery.window] },
      delivery: { id: delivery, location: at(p.id), service: BREAD_HANDOVER_S, timeWindows: [p.window] },
      amount: [0, 0, 0, hundredths],
      priority: p.kind === "halt" ? 100 : 50,
    };
  }));
  const vehicles: Vehicle[] = day.vehicles.map((v) => {
    const long = v.window[1] - v.window[0] > LUNCH.fromDayLongerThanS && v.window[0] <= LUNCH.window[0] && v.window[1] >= LUNCH.window[1];
    if (long) steps.set(stepId.lunch(v.id), { kind: "lunch" });
    return {
      id: v.id, start: at(v.home.id), end: at(v.home.id), capacity: v.capacity, skills: v.skills, timeWindow: v.window,
      ...(v.costs ? { costs: v.costs } : {}), profile: "car",
      ...(long ? { breaks: [{ id: stepId.lunch(v.id), timeWindows: [LUNCH.window], duration: LUNCH.durationS }] } : {}),
      ...(v.maxStops ? { maxStops: v.maxStops } : {}),
      ...(v.maxTravelTime ? { maxTravelTime: v.maxTravelTime } : {}),
    };
  });
  const { locks, warnings } = locksOf(day);
  const fill = (m: (number | null)[][]) => m.map((row) => row.map((x) => x ?? NO_ROUTE_S));
  return {
    problem: { version: 1, name: `${day.organisationId} ${day.date}`, matrices: { car: { durations: fill(matrix.durations), distances: fill(matrix.distances) } }, jobs, shipments, vehicles },
    steps, locks, warnings,
  };
}

/** Locks set by the coordinator. Positions are kept only as a prefix 0, 1, … of a route, as the solver needs. */
function locksOf(day: PlanningDay): { locks: Lock[]; warnings: string[] } {
  const warnings: string[] = [];
  const vehicles = new Set(day.vehicles.map((v) => v.id));
  const locked = day.passages.filter((p) => p.lockedVehicleId);
  const locks: Lock[] = [];
  for (const vehicleId of new Set(locked.map((p) => p.lockedVehicleId!))) {
    const mine = locked.filter((p) => p.lockedVehicleId === vehicleId);
    if (!vehicles.has(vehicleId)) {
      warnings.push(`${mine.length} passage(s) are locked to a vehicle with no driver that day: their lock is ignored`);
      continue;
    }
    const positions = mine.flatMap((p) => (p.lockedSequence === null ? [] : [p.lockedSequence])).sort((a, b) => a - b);
    const prefix = positions.every((pos, i) => pos === i) && !mine.some((p) => p.bread.size && p.lockedSequence !== null);
    if (!prefix && positions.length) warnings.push(`locked positions on one vehicle must be 0, 1, 2… without gaps: only the vehicle is kept`);
    for (const p of mine) locks.push({ job: p.passageId, vehicle: vehicleId, ...(prefix && p.lockedSequence !== null ? { position: p.lockedSequence } : {}) });
  }
  return { locks, warnings };
}
