import type { Solution } from "@tournee/solver";
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
      { id: halt, type: "job", reason: `window 9:00–9:30 of job ${halt} is unreachable` },
      { id: stepId.pickup(halt, oven), type: "shipment", reason: `no room left: adding shipment ${stepId.pickup(halt, oven)}→${stepId.delivery(halt, oven)} to any route` },
    ] } as unknown as Solution;
    expect(unassignedReasons(steps, solution, new Map([[halt, "Place de Mainsat"]]))).toEqual([{
      passageId: halt,
      reason: "window 9:00–9:30 of job Place de Mainsat is unreachable; bread (2 crate(s)) not carried: no room left: adding shipment bread pickup for Place de Mainsat→bread for Place de Mainsat to any route",
    }]);
  });

  it("stores litres as they are and bread in crates to one decimal", () => {
    expect(loadOf([120, 30, 0, 145])).toEqual({ ambient: 120, chilled: 30, frozen: 0, bread: 1.5 });
  });
});
