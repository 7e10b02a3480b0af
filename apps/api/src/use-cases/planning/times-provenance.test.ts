import { describe, expect, it } from "vitest";
import { timesProvenance } from "./times-provenance.js";

const mixed = (estimatedCells: [number, number][]) => ({
  provider: "mixed" as const,
  isEstimated: (i: number, j: number) => estimatedCells.some(([a, b]) => a === i && b === j),
});

describe("timesProvenance", () => {
  it("takes the matrix's word when it is all OSRM or all estimate", () => {
    expect(timesProvenance({ provider: "osrm", isEstimated: () => false }, [0, 1, 2, 0])).toEqual({ provider: "osrm", estimatedShare: 0 });
    expect(timesProvenance({ provider: "estimate", isEstimated: () => true }, [0, 1, 0])).toEqual({ provider: "estimate", estimatedShare: 1 });
  });

  it("counts the tour's own estimated legs on a mixed day, ignoring stays at one place", () => {
    expect(timesProvenance(mixed([[1, 3]]), [0, 1, 3, 3, 2, 0])).toEqual({ provider: "mixed", estimatedShare: 0.25 });
    expect(timesProvenance(mixed([[1, 3]]), [0, 2, 0])).toEqual({ provider: "osrm", estimatedShare: 0 });
    expect(timesProvenance(mixed([[0, 3], [3, 0]]), [0, 3, 0])).toEqual({ provider: "estimate", estimatedShare: 1 });
  });
});
