import { describe, expect, it } from "vitest";
import { perCrate, sizeFromPerCrate } from "./crates";

describe("breads per crate", () => {
  it("reads and writes the room 100 breads take, in crates", () => {
    expect(perCrate(4)).toBe(25);
    expect(sizeFromPerCrate(25)).toBe(4);
    expect(perCrate(sizeFromPerCrate(50))).toBe(50);
    expect(sizeFromPerCrate(500)).toBe(1);
    // Nonsense is passed on for the server to name the field.
    expect(sizeFromPerCrate(0)).toBe(0);
    expect(sizeFromPerCrate(-3)).toBe(-3);
  });
});
