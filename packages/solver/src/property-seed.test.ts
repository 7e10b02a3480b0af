import fc from "fast-check";
import { describe, expect, it } from "vitest";

// The repository's property-test setup (vitest.property-seed.ts, loaded for every package).
describe("property-test seeds", () => {
  it("a failing property names its seed and how to replay it", () => {
    const seed = fc.readConfigureGlobal().seed;
    expect(Number.isInteger(seed)).toBe(true);
    let message = "";
    try {
      fc.assert(fc.property(fc.integer({ min: 0, max: 10 }), (x) => x < 0));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`seed: ${seed}`);
    expect(message).toContain(`TOURNEE_PROPERTY_SEED=${seed} npx vitest run`);
  });

  it("CI's seed, when given, is the seed of every property", () => {
    const given = process.env.TOURNEE_PROPERTY_SEED;
    if (given) expect(fc.readConfigureGlobal().seed).toBe(Number(given) | 0);
    else expect(fc.readConfigureGlobal().seed).not.toBeUndefined();
  });

  it("replaying a seed gives the same inputs", () => {
    const draw = () => fc.sample(fc.integer(), { numRuns: 5, seed: fc.readConfigureGlobal().seed });
    expect(draw()).toEqual(draw());
  });
});
