import { describe, expect, it } from "vitest";
import { centsFromEuros, eurosText, minuteFromTime, wholeNumber } from "./catalogue-input";

describe("what coordinators type", () => {
  it("reads euros with a comma or a point, with or without the euro sign, into cents", () => {
    expect(centsFromEuros("2,89")).toBe(289);
    expect(centsFromEuros("2.8")).toBe(280);
    expect(centsFromEuros(" 3 € ")).toBe(300);
    expect(centsFromEuros("0,10")).toBe(10);
    expect(centsFromEuros("-1")).toBe(-100);
  });

  it("gives null for what is not an amount, so the server names the field", () => {
    expect(centsFromEuros("")).toBeNull();
    expect(centsFromEuros("deux euros")).toBeNull();
    expect(centsFromEuros("2,899")).toBeNull();
  });

  it("writes cents back as the coordinator would type them", () => {
    expect(eurosText(289, "fr")).toBe("2,89");
    expect(eurosText(1200, "en")).toBe("12.00");
  });

  it("reads a time of day into minutes since midnight", () => {
    expect(minuteFromTime("08:30")).toBe(510);
    expect(minuteFromTime("23:59")).toBe(1439);
    expect(minuteFromTime("24:00")).toBeNull();
    expect(minuteFromTime("")).toBeNull();
  });

  it("reads whole numbers only", () => {
    expect(wholeNumber("12")).toBe(12);
    expect(wholeNumber("1,5")).toBeNull();
    expect(wholeNumber("")).toBeNull();
  });
});
