import { describe, expect, it } from "vitest";
import { shareShortfall } from "./shortfalls.js";

const line = (id: string, quantity: number, sequence: number | null, householdName = id) => ({ id, quantity, sequence, householdName });

describe("shareShortfall", () => {
  it("serves the first stops first and leaves the last ones short", () => {
    const short = shareShortfall([line("c", 2, 3), line("a", 3, 1), line("b", 2, 2)], 4);
    expect(Object.fromEntries(short)).toEqual({ b: 1, c: 2 });
  });

  it("leaves nobody short when all came, and everybody when nothing came", () => {
    expect(shareShortfall([line("a", 3, 1)], 3).size).toBe(0);
    expect(Object.fromEntries(shareShortfall([line("a", 3, 1), line("b", 1, null)], 0))).toEqual({ a: 3, b: 1 });
  });

  it("orders households of one stop by name, and a warehouse drop round by round", () => {
    expect(Object.fromEntries(shareShortfall([line("x", 1, 1, "Martin"), line("y", 1, 1, "André")], 1))).toEqual({ x: 1 });
    const rounds = [{ ...line("late", 1, 1), round: "b" }, { ...line("early", 1, 5), round: "a" }];
    expect(Object.fromEntries(shareShortfall(rounds, 1))).toEqual({ late: 1 });
  });
});
