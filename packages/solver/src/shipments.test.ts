import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveSync } from "./solve.js";
import { arbitraryProblem, auditSolution } from "./test-support/problems.js";
import type { TimeWindow } from "./types.js";

const inside = (t: number, windows: TimeWindow[] | undefined) => !windows || windows.some(([a, b]) => a <= t && t <= b);

// A farm's goods: collected at the farm in its opening window, handed over at a halt.
describe("shipments (pickup at a farm, delivery at a halt)", () => {
  it("pickup always comes before its delivery, on the same vehicle, inside the farm's opening window", () => {
    fc.assert(
      fc.property(arbitraryProblem({ maxJobs: 8, maxVehicles: 3, breaks: true, shipments: true, maxShipments: 5, reload: true }), fc.integer({ min: 1, max: 1000 }), (p, seed) => {
        const s = solveSync(p, { iterationLimit: 100, seed });
        expect(auditSolution(p, s)).toEqual([]);
        for (const shipment of p.shipments ?? []) {
          const where = (id: string | number) =>
            s.routes.flatMap((r, ri) => r.steps.map((step, si) => ({ ri, si, step }))).find((x) => x.step.id !== undefined && String(x.step.id) === String(id));
          const pickup = where(shipment.pickup.id);
          const delivery = where(shipment.delivery.id);
          const left = s.unassigned.some((u) => String(u.id) === String(shipment.pickup.id));
          if (left) {
            expect(pickup).toBeUndefined();
            expect(delivery).toBeUndefined();
            continue;
          }
          expect(pickup && delivery).toBeTruthy();
          expect(pickup!.ri).toBe(delivery!.ri);
          expect(pickup!.si).toBeLessThan(delivery!.si);
          expect(pickup!.step.type).toBe("pickup");
          expect(inside(pickup!.step.start, shipment.pickup.timeWindows)).toBe(true);
          expect(inside(delivery!.step.start, shipment.delivery.timeWindows)).toBe(true);
          expect(delivery!.step.start).toBeGreaterThanOrEqual(pickup!.step.departure);
        }
      }),
      { numRuns: 80 },
    );
  }, 120_000);
});
