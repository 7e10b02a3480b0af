import type { Route } from "@tournee/solver";
import { describe, expect, it } from "vitest";
import { stepId, type StepRef } from "./build-problem.js";
import { readReloads, reloadsOf } from "./tour-reloads.js";

const a = "8f8a7c4e-2b1d-4c3e-9a5f-0123456789ab";
const b = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b";
const oven = "1a2b3c4d-5e6f-4a1b-8c2d-abcdefabcdef";
const midnight = new Date("2026-03-10T00:00:00.000Z");
const instant = (s: number) => new Date(midnight.getTime() + s * 1000);
const step = (type: Route["steps"][number]["type"], at: number, load: number[], id?: string, trip?: number) => ({ type, id, arrival: at, waiting: 0, start: at, departure: at + 600, load, ...(trip ? { trip } : {}) });

describe("a multi-trip round's returns to the depot", () => {
  it("come right before the first stop of their trip, numbered as the stops are, with what leaves loaded", () => {
    const steps = new Map<string, StepRef>([
      [a, { kind: "passage", passageId: a }],
      [b, { kind: "passage", passageId: b }],
      [stepId.pickup(b, oven), { kind: "bread_pickup", passageId: b, siteId: oven, crates: 1, ofPassage: true }],
      [stepId.lunch("v"), { kind: "lunch" }],
    ]);
    const route = {
      vehicle: "v", trips: 2,
      steps: [
        step("start", 28_800, [40, 0, 0, 0], undefined, 1), step("job", 30_000, [0, 0, 0, 0], a, 1), step("break", 36_000, [0, 0, 0, 0], stepId.lunch("v"), 1),
        step("reload", 40_000, [30, 0, 0, 0], undefined, 2), step("pickup", 41_000, [30, 0, 0, 150], stepId.pickup(b, oven), 2), step("delivery", 42_000, [0, 0, 0, 0], b, 2), step("end", 43_000, [0, 0, 0, 0], undefined, 2),
      ],
    } as unknown as Route;
    expect(reloadsOf(route, steps, "Entrepôt", instant)).toEqual([
      { trip: 2, beforeSequence: 1, siteName: "Entrepôt", plannedArrival: "2026-03-10T11:06:40.000Z", plannedDeparture: "2026-03-10T11:16:40.000Z", load: { ambient: 30, chilled: 0, frozen: 0, bread: 0 } },
    ]);
    expect(reloadsOf({ ...route, steps: route.steps.filter((s) => s.type !== "reload") }, steps, "Entrepôt", instant)).toEqual([]);
  });

  it("count as loaded at the depot only what is: bread collected at the bakery before stays on board for the next trip", () => {
    const steps = new Map<string, StepRef>([
      [a, { kind: "passage", passageId: a }],
      [b, { kind: "passage", passageId: b }],
      [stepId.pickup(a, oven), { kind: "bread_pickup", passageId: a, siteId: oven, crates: 1, ofPassage: true }],
      [stepId.pickup(b, oven), { kind: "bread_pickup", passageId: b, siteId: oven, crates: 1, ofPassage: true }],
    ]);
    const route = {
      vehicle: "v", trips: 2,
      steps: [
        step("start", 28_800, [10, 0, 4, 0], undefined, 1), step("pickup", 29_000, [10, 0, 4, 40], stepId.pickup(a, oven), 1), step("pickup", 29_100, [10, 0, 4, 90], stepId.pickup(b, oven), 1),
        step("delivery", 30_000, [0, 0, 0, 50], a, 1), step("reload", 40_000, [25, 0, 3, 50], undefined, 2), step("delivery", 42_000, [0, 0, 0, 0], b, 2), step("end", 43_000, [0, 0, 0, 0], undefined, 2),
      ],
    } as unknown as Route;
    expect(reloadsOf(route, steps, "Entrepôt", instant).map((r) => r.load)).toEqual([{ ambient: 25, chilled: 0, frozen: 3, bread: 0 }]);
  });

  it("read back as stored, and as none when the column holds something else", () => {
    const stored = [{ trip: 2, beforeSequence: 3, siteName: "Entrepôt", plannedArrival: "2026-03-10T11:06:40.000Z", plannedDeparture: "2026-03-10T11:16:40.000Z", load: { ambient: 30 } }];
    expect(readReloads(stored)).toEqual(stored);
    expect(readReloads(null)).toEqual([]);
    expect(readReloads([{ trip: "2" }])).toEqual([]);
  });
});
