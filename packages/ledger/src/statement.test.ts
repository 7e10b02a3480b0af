import { describe, expect, it } from "vitest";
import { runningBalances } from "./statement.js";

describe("runningBalances", () => {
  it("signs each entry from the account's side and carries the balance", () => {
    const lines = runningBalances("bakery", 10, [
      { payer: "bakery", payee: "grocery", amount: 12 },
      { payer: "farm", payee: "bakery", amount: 5 },
    ]);
    expect(lines.map((l) => [l.change, l.balanceAfter])).toEqual([[-12, -2], [5, 3]]);
  });
});
