/**
 * The behaviour every {@link CalibrationStore} must have. Run it on each adapter:
 *
 * @example
 * describeCalibrationStoreContract("PrismaCalibrationStore", async () => new PrismaCalibrationStore(prisma));
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { CalibrationStore } from "../cache/calibration-store.js";
import { DEFAULT_FACTORS, type EstimatorFactors } from "../estimate/estimator.js";

const fitted: EstimatorFactors = {
  source: "fitted",
  fittedAt: "2026-11-26T10:00:00.000Z",
  bands: [
    { fromMeters: 0, circuity: 2.343, speedKmh: 45.7, samples: 32 },
    { fromMeters: 2000, circuity: 1.724, speedKmh: 55.319, samples: 354 },
    { fromMeters: 10000, circuity: 1.695, speedKmh: 55.986, samples: 214 },
    { fromMeters: 30000, circuity: 1.3, speedKmh: 75, samples: 0 },
  ],
};

export function describeCalibrationStoreContract(name: string, makeStore: () => CalibrationStore | Promise<CalibrationStore>): void {
  describe(`CalibrationStore contract: ${name}`, () => {
    let store: CalibrationStore;
    beforeEach(async () => {
      store = await makeStore();
    });

    it("has nothing for a territory never saved", async () => {
      expect(await store.load({ territory: "cell:1.5,42.5", profile: "driving" })).toBeUndefined();
    });

    it("gives back what was saved, and the latest save", async () => {
      const scope = { territory: "pays-de-bray", profile: "driving" };
      await store.save(scope, DEFAULT_FACTORS);
      await store.save(scope, fitted);
      expect(await store.load(scope)).toEqual(fitted);
    });

    it("keeps territories and profiles apart", async () => {
      await store.save({ territory: "a", profile: "driving" }, fitted);
      expect(await store.load({ territory: "b", profile: "driving" })).toBeUndefined();
      expect(await store.load({ territory: "a", profile: "foot" })).toBeUndefined();
    });

    it("is not changed by mutating what it returned", async () => {
      const scope = { territory: "a", profile: "driving" };
      await store.save(scope, fitted);
      const loaded = await store.load(scope);
      if (loaded?.bands[0]) loaded.bands[0].circuity = 9;
      expect(await store.load(scope)).toEqual(fitted);
    });
  });
}
