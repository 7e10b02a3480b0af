import { describe, expect, it } from "vitest";
import { normalisePostcode, postcodeProblem } from "./addresses.js";

describe("postcodes by country", () => {
  it("takes each country's shape, France when none is said", () => {
    const valid: [string, string][] = [["FR", "23200"], ["AD", "AD500"], ["AD", "ad100"], ["ES", "25700"], ["BE", "6600"], ["CH", "1201"], ["LU", "L-1009"], ["MC", "98000"], ["PT", "4700-123"]];
    for (const [country, postcode] of valid) expect(postcodeProblem(country, postcode), `${country} ${postcode}`).toBeNull();
    const invalid: [string, string][] = [["FR", "2320"], ["FR", "AD500"], ["AD", "500"], ["AD", "AD900"], ["ES", "60000"], ["BE", "0600"], ["MC", "23000"], ["PT", "!"]];
    for (const [country, postcode] of invalid) expect(postcodeProblem(country, postcode), `${country} ${postcode}`).not.toBeNull();
    expect(postcodeProblem("FR", "2320")).toBe("a French postcode has 5 digits");
  });

  it("stores postcodes upper-case, without Luxembourg's prefix", () => {
    expect(normalisePostcode(" ad500 ", "AD")).toBe("AD500");
    expect(normalisePostcode("L-1009", "LU")).toBe("1009");
  });
});
