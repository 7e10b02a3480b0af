import { describe, expect, it } from "vitest";
import { lineProblem } from "./test-support/problems.js";
import type { Problem } from "./types.js";
import { validateProblem } from "./validate.js";

const refused = (change: (p: Problem) => void) => {
  const p = lineProblem(2);
  change(p);
  return () => validateProblem(p);
};

describe("validateProblem names the field that is wrong", () => {
  it("for reloads, working-time caps and vehicle preferences", () => {
    expect(refused((p) => (p.vehicles[0]!.reload = { maxTrips: 0 }))).toThrow("vehicles[0].reload.maxTrips: must be an integer >= 1");
    expect(refused((p) => (p.vehicles[0]!.reload = { location: 9 }))).toThrow("vehicles[0].reload.location: must be a matrix index in 0..2");
    expect(refused((p) => (p.vehicles[0] = { id: "v1", reload: {} }))).toThrow("vehicles[0].reload.location: is needed when the vehicle has neither start nor end");
    expect(refused((p) => (p.vehicles[0]!.maxWorkingTime = -1))).toThrow("vehicles[0].maxWorkingTime: must be a non-negative integer");
    expect(refused((p) => (p.jobs![1]!.preference = { vehicle: "nope", cost: 1 }))).toThrow("jobs[1].preference.vehicle: unknown vehicle nope");
    expect(refused((p) => (p.jobs![0]!.preference = { vehicle: "v1", cost: -1 }))).toThrow("jobs[0].preference.cost: must be a finite number >= 0");
    expect(refused(() => undefined)).not.toThrow();
  });

  it("for time windows, which may overlap but must each be [start, end]", () => {
    expect(refused((p) => (p.jobs![0]!.timeWindows = [[10, 5]]))).toThrow("jobs[0].timeWindows[0]: must be [start, end] integers with start <= end");
    expect(refused((p) => (p.jobs![0]!.timeWindows = [[10, 50], [0, 20]]))).not.toThrow();
  });
});
