import { LeftOutCauseSchema } from "@tournee/domain";
import type { Solution } from "@tournee/solver";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { stepId, type StepRef } from "./build-problem.js";
import { loadOf, unassignedReasons } from "./store-plan.js";

const halt = "8f8a7c4e-2b1d-4c3e-9a5f-0123456789ab";
const oven = "1a2b3c4d-5e6f-4a1b-8c2d-abcdefabcdef";

describe("what a stored plan says", () => {
  it("names stops in the solver's reasons and joins a passage's own reason with its bread's", () => {
    const steps = new Map<string, StepRef>([
      [halt, { kind: "passage", passageId: halt }],
      [stepId.pickup(halt, oven), { kind: "bread_pickup", passageId: halt, siteId: oven, crates: 2 }],
    ]);
    const solution = { unassigned: [
      { id: halt, type: "job", reason: `window 9:00–9:30 of job ${halt} is unreachable`, reasons: [] },
      { id: stepId.pickup(halt, oven), type: "shipment", reason: `no room left: adding shipment ${stepId.pickup(halt, oven)}→${stepId.delivery(halt, oven)} to any route`, reasons: [] },
    ] } as unknown as Solution;
    expect(unassignedReasons(steps, solution, { stops: new Map([[halt, "Place de Mainsat"]]), vehicles: new Map() })).toEqual([{
      passageId: halt,
      reason: "window 9:00–9:30 of job Place de Mainsat is unreachable; bread (2 crate(s)) not carried: no room left: adding shipment bread pickup for Place de Mainsat→bread for Place de Mainsat to any route",
      causes: [],
    }]);
  });

  it("keeps every cause the solver gives, with the compartment, the vehicles and the other stop by name, and whether it is about the bread", () => {
    const other = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b";
    const truck = "0b1c2d3e-4f5a-4b6c-8d7e-8f9a0b1c2d3e";
    const van = "9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f";
    const steps = new Map<string, StepRef>([
      [halt, { kind: "passage", passageId: halt }],
      [other, { kind: "passage", passageId: other }],
      [stepId.pickup(halt, oven), { kind: "bread_pickup", passageId: halt, siteId: oven, crates: 2 }],
    ]);
    const solution = { unassigned: [
      { id: halt, type: "job", reason: "…", reasons: [
        { kind: "capacity", alone: true, vehicles: [van], dimension: 1, message: "…" },
        { kind: "time-window", alone: false, vehicles: [truck], stop: other, message: "…" },
        { kind: "max-working-time", alone: false, vehicles: [truck, van], message: "…" },
      ] },
      { id: stepId.pickup(halt, oven), type: "shipment", reason: "…", reasons: [{ kind: "capacity", alone: false, vehicles: [truck], dimension: 3, message: "…" }] },
    ] } as unknown as Solution;
    const [stored] = unassignedReasons(steps, solution, { stops: new Map([[halt, "Place de Mainsat"], [other, "Le Bourg"]]), vehicles: new Map([[truck, "Camion"], [van, "Fourgon"]]) });
    expect(stored!.causes).toEqual([
      { kind: "capacity", alone: true, vehicles: ["Fourgon"], compartment: "chilled", bread: false },
      { kind: "time_window", alone: false, vehicles: ["Camion"], otherStop: "Le Bourg", bread: false },
      { kind: "max_working_time", alone: false, vehicles: ["Camion", "Fourgon"], bread: false },
      { kind: "capacity", alone: false, vehicles: ["Camion"], compartment: "bread", bread: true },
    ]);
    expect(z.array(LeftOutCauseSchema).parse(stored!.causes)).toEqual(stored!.causes);
  });

  it("stores litres as they are and bread in crates to one decimal", () => {
    expect(loadOf([120, 30, 0, 145])).toEqual({ ambient: 120, chilled: 30, frozen: 0, bread: 1.5 });
  });
});
