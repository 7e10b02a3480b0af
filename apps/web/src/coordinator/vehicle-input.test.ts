import { describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error";
import { compartmentErrors, vehicleFrom } from "./vehicle-input";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("what the vehicle form sends", () => {
  it("reads hours as minutes and leaves empty or zero capacities out; what is not a number stays NaN for the server to name", () => {
    const typed = vehicleFrom(form({ name: " Fourgon ", plate: "", homeSiteId: "s", start: "07:30", end: "", ambient: "1200", chilled: "douze", frozen: "0", bread: "" }));
    expect(typed).toMatchObject({ name: "Fourgon", plate: "", workStartMinute: 450 });
    expect(typed.workEndMinute).toBeNaN();
    expect(typed.compartments.map((c) => c.compartment)).toEqual(["ambient", "chilled"]);
    expect(typed.compartments[0]!.capacity).toBe(1200);
    expect(typed.compartments[1]!.capacity).toBeNaN();
  });

  it("sends reloading only when ticked, and the allowance typed in euros as cents; what is not a number is sent as -1 for the server to name", () => {
    expect(vehicleFrom(form({ reloadMinutes: "20", maxTrips: "3", allowance: "" }))).toMatchObject({ reloadMinutes: null, maxTrips: null, ownerId: null, mileageAllowanceCents: null });
    expect(vehicleFrom(form({ reloads: "on", reloadMinutes: "20", maxTrips: "", ownerId: "u", allowance: "0,45" }))).toMatchObject({ reloadMinutes: 20, maxTrips: null, ownerId: "u", mileageAllowanceCents: 45 });
    expect(vehicleFrom(form({ reloads: "on", reloadMinutes: "vingt", maxTrips: "2,5", allowance: "gratuit" }))).toMatchObject({ reloadMinutes: -1, maxTrips: -1, mileageAllowanceCents: -1 });
  });

  it("puts a refused capacity under its compartment, found by its place in what was sent", () => {
    const refused = new ApiError({
      kind: "http", status: 400,
      problem: { type: "about:blank", title: "Bad", status: 400, code: "validation_failed", errors: [{ in: "body", path: "compartments.1.capacity", message: "expected number" }, { in: "body", path: "name", message: "too short" }] },
    });
    expect(compartmentErrors(refused, ["ambient", "frozen"])).toMatchObject({ frozen: "expected number", name: "too short" });
  });
});
