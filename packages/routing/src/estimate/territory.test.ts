import { describe, expect, it } from "vitest";
import { territoryOf } from "./territory.js";

describe("territoryOf", () => {
  it("names the half-degree cell of the stops' centroid", () => {
    expect(territoryOf([[2.44, 44.93], [2.62, 45.03]])).toBe("cell:2.5,44.5");
    expect(territoryOf([[-1.2, 47.1]])).toBe("cell:-1.5,47");
    expect(territoryOf([])).toBe("cell:none");
  });
});
