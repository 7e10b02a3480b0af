import { solveSync } from "@tournee/solver";
import { describe, expect, it } from "vitest";
import { assignDrivers } from "./assign-drivers.js";
import { buildProblem, placesOf, stepId } from "./build-problem.js";
import { numberStops, type PlacedStep } from "./stop-numbers.js";
import type { DayPassage, DayVehicle, PlanningDay } from "./planning-day.js";

const home = { id: "depot", name: "Dépôt", lon: 2.17, lat: 45.95 };
const vehicle = (id: string, capacity: number[], skills: number[] = []): DayVehicle => ({ id, name: id, home, capacity, skills, window: [7 * 3600, 18 * 3600], driverId: `driver-${id}` });
const passage = (id: string, over: Partial<DayPassage> = {}): DayPassage => ({
  id, passageId: id, name: id, lon: 2.2, lat: 45.96, kind: "halt", window: [9 * 3600, 9.5 * 3600], serviceS: 600, delivery: [10, 0, 0, 0], skills: [],
  customers: 3, lockedVehicleId: null, lockedSequence: null, bread: new Map(), farm: new Map(), ...over,
});

function day(passages: DayPassage[], vehicles: DayVehicle[]): PlanningDay {
  return { organisationId: "org", date: "2031-03-04", timeZone: "Europe/Paris", midnight: new Date(0), passages, vehicles,
    bakeries: new Map([["oven", { id: "oven", name: "Fournil", lon: 2.18, lat: 45.955, windows: [[4 * 3600, 13 * 3600]] }]]),
    farms: new Map([["farm", { id: "farm", name: "Ferme des Combes", lon: 2.25, lat: 45.9, windows: [[8 * 3600, 12 * 3600]] }]]), warnings: [], notPlanned: new Map() };
}
const matrixFor = (n: number) => ({ durations: Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : 600))), distances: Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : 8000))) });

describe("the solver problem of a planning day", () => {
  it("hands each halt's bread over with its groceries, after loading all of it in one visit to the bakery", () => {
    const d = day([passage("a", { bread: new Map([["oven", 30]]) }), passage("b", { window: [11 * 3600, 11.5 * 3600], bread: new Map([["oven", 50]]) })], [vehicle("van", [100, 0, 0, 100])]);
    const places = placesOf(d);
    const built = buildProblem(d, places, matrixFor(places.length));
    expect(built.problem.jobs).toEqual([]);
    expect(built.problem.shipments?.map((s) => [s.delivery.id, s.amount, s.depotLoad])).toEqual([["a", [0, 0, 0, 30], [10, 0, 0, 0]], ["b", [0, 0, 0, 50], [10, 0, 0, 0]]]);
    const solution = solveSync(built.problem, { iterationLimit: 200, seed: 1 });
    expect(solution.unassigned).toEqual([]);
    const route = solution.routes[0]!;
    const ids = route.steps.flatMap((s) => (s.type === "pickup" || s.type === "delivery" || s.type === "job" ? [String(s.id)] : []));
    expect(new Set(ids.slice(0, 2))).toEqual(new Set([stepId.pickup("a", "oven"), stepId.pickup("b", "oven")]));
    expect(ids.slice(2)).toEqual(["a", "b"]);
    const stops = route.steps.flatMap((s) => (s.id === undefined || !built.steps.has(String(s.id)) || built.steps.get(String(s.id))!.kind === "lunch" ? [] : [built.steps.get(String(s.id)) as PlacedStep]));
    expect(numberStops(stops)).toEqual([0, 0, 1, 2]);
    // Both stops' bread (0.8 crate) fits in one crate of room; the groceries are on board from the depot.
    expect(Math.max(...route.steps.map((s) => s.load[3]!))).toBe(80);
    expect(route.steps.map((s) => [s.type, s.load[0]]).filter(([type]) => type !== "break")).toEqual([["start", 20], ["pickup", 20], ["pickup", 20], ["delivery", 10], ["delivery", 0], ["end", 0]]);
  });

  it("hands a second bakery's bread over apart, with a reason of its own when it cannot be carried", () => {
    const d = day([passage("a", { bread: new Map([["oven", 30], ["other", 40]]) })], [vehicle("van", [100, 0, 0, 100])]);
    d.bakeries.set("other", { id: "other", name: "Autre fournil", lon: 2.19, lat: 45.95, windows: [[4 * 3600, 13 * 3600]] });
    const built = buildProblem(d, placesOf(d), matrixFor(placesOf(d).length));
    expect(built.problem.shipments?.map((s) => [s.delivery.id, s.amount, s.depotLoad])).toEqual([["a", [0, 0, 0, 30], [10, 0, 0, 0]], [stepId.delivery("a", "other"), [0, 0, 0, 40], undefined]]);
    expect(built.steps.get(stepId.delivery("a", "other"))).toMatchObject({ kind: "bread_delivery", crates: 1 });
  });

  it("collects a halt's farm goods at the farm, in its opening hours, before handing them over at the halt", () => {
    const d = day([passage("a", { farm: new Map([["farm", [12, 3, 0]]]) }), passage("b", { window: [11 * 3600, 11.5 * 3600], farm: new Map([["farm", [30, 0, 0]]]) })], [vehicle("van", [100, 100, 0, 100], [1])]);
    const places = placesOf(d);
    const built = buildProblem(d, places, matrixFor(places.length));
    expect(built.problem.shipments?.map((s) => [s.pickup.id, s.delivery.id, s.amount, s.skills])).toEqual([
      [stepId.farmPickup("a", "farm"), stepId.farmDelivery("a", "farm"), [12, 3, 0, 0], [1]],
      [stepId.farmPickup("b", "farm"), stepId.farmDelivery("b", "farm"), [30, 0, 0, 0], []],
    ]);
    expect(built.problem.shipments?.[0]?.pickup.timeWindows).toEqual([[8 * 3600, 12 * 3600]]);
    expect(built.steps.get(stepId.farmPickup("a", "farm"))).toMatchObject({ kind: "farm_pickup", crates: 1 });
    const solution = solveSync(built.problem, { iterationLimit: 200, seed: 1 });
    expect(solution.unassigned).toEqual([]);
    const steps = solution.routes[0]!.steps.flatMap((s) => (s.id === undefined ? [] : [{ id: String(s.id), start: s.start }]));
    const at = (id: string) => steps.findIndex((s) => s.id === id);
    for (const p of ["a", "b"]) expect(at(stepId.farmPickup(p, "farm"))).toBeLessThan(at(stepId.farmDelivery(p, "farm")));
    const pickupStart = steps[at(stepId.farmPickup("a", "farm"))]!.start;
    expect(pickupStart).toBeGreaterThanOrEqual(8 * 3600);
    // Both halts' goods are loaded in one visit: one stop at the farm, then one stop per halt.
    const stops = solution.routes[0]!.steps.flatMap((s) => (s.id === undefined || !built.steps.has(String(s.id)) || built.steps.get(String(s.id))!.kind === "lunch" ? [] : [built.steps.get(String(s.id)) as PlacedStep]));
    expect(numberStops(stops)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it("keeps chilled goods off a vehicle without the skill, and says why when none has it", () => {
    const d = day([passage("cold", { delivery: [0, 5, 0, 0], skills: [1] })], [vehicle("van", [100, 100, 0, 0])]);
    const places = placesOf(d);
    const solution = solveSync(buildProblem(d, places, matrixFor(places.length)).problem, { iterationLimit: 50, seed: 1 });
    expect(solution.unassigned[0]?.reason).toMatch(/skill/);
  });

  it("gives long days a lunch break and keeps locked positions only as a prefix", () => {
    const d = day([passage("a", { lockedVehicleId: "truck", lockedSequence: 0 }), passage("b", { lockedVehicleId: "truck", lockedSequence: 2 })], [vehicle("truck", [100, 0, 0, 0])]);
    const built = buildProblem(d, placesOf(d), matrixFor(3));
    expect(built.problem.vehicles[0]?.breaks?.[0]).toMatchObject({ duration: 1800 });
    expect(built.locks).toEqual([{ job: "a", vehicle: "truck" }, { job: "b", vehicle: "truck" }]);
    expect(built.warnings).toEqual([{ code: "lock_positions_gap", vehicle: { id: "truck", name: "truck" } }]);
  });
});

describe("drivers for vehicles", () => {
  it("pairs by longest overlap, one vehicle per driver, and leaves a vehicle home without one", () => {
    const result = assignDrivers(
      [{ id: "truck", window: [450, 1080] }, { id: "van", window: [390, 870] }, { id: "car", window: [480, 720] }],
      [{ driverId: "early", window: [390, 870] }, { driverId: "day", window: [450, 1050] }],
    );
    expect(result.get("truck")).toEqual({ driverId: "day", window: [450, 1050] });
    expect(result.get("van")).toEqual({ driverId: "early", window: [390, 870] });
    expect(result.has("car")).toBe(false);
  });

  it("gives a volunteer's own car to its owner only, and an owner available that day their own car", () => {
    const vehicles = [{ id: "truck", window: [450, 1080] as [number, number] }, { id: "van", window: [390, 870] as [number, number] }, { id: "car", window: [390, 840] as [number, number], ownerId: "early" }];
    const result = assignDrivers(vehicles, [{ driverId: "early", window: [390, 870] }, { driverId: "day", window: [450, 1050] }]);
    expect(result.get("car")).toEqual({ driverId: "early", window: [390, 840] });
    expect(result.get("truck")?.driverId).toBe("day");
    expect(result.has("van")).toBe(false);
    // Without its owner the car stays home, even with a driver free for it.
    const lent = assignDrivers(vehicles, [{ driverId: "day", window: [450, 1050] }, { driverId: "other", window: [390, 870] }]);
    expect(lent.has("car")).toBe(false);
    expect([...lent.values()].map((a) => a.driverId).sort()).toEqual(["day", "other"]);
  });
});
