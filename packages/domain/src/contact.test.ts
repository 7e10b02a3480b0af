import { describe, expect, it } from "vitest";
import { formatPhone, parseEmail, parsePhone } from "./contact.js";

describe("French phone numbers", () => {
  it.each([
    ["06 39 98 20 01", "+33639982001", "mobile"],
    ["06.39.98.20.01", "+33639982001", "mobile"],
    ["0639982001", "+33639982001", "mobile"],
    ["+33 6 39 98 20 01", "+33639982001", "mobile"],
    ["+33 (0)6 39 98 20 01", "+33639982001", "mobile"],
    ["0033 7 12 34 56 78", "+33712345678", "mobile"],
    ["05 55 66 77 88", "+33555667788", "landline"],
    ["09-72-11-22-33", "+33972112233", "landline"],
    ["+32 470 12 34 56", "+32470123456", "foreign"],
  ])("reads %s as %s (%s)", (input, e164, kind) => {
    expect(parsePhone(input)).toEqual({ ok: true, e164, kind });
  });

  it.each([["12 34"], ["06 39 98 20"], ["06 39 98 20 01 02"], ["abcdefghij"], ["00 12 34 56 78"], [""]])("refuses %s", (input) => {
    expect(parsePhone(input)).toEqual({ ok: false, error: "phone_invalid" });
  });

  it("refuses special-rate numbers, which cannot receive SMS or calls", () => {
    expect(parsePhone("08 92 12 34 56")).toEqual({ ok: false, error: "phone_special_rate" });
  });

  it("writes French numbers back the way people read them", () => {
    expect(formatPhone("+33639982001")).toBe("06 39 98 20 01");
    expect(formatPhone("+32470123456")).toBe("+32470123456");
  });
});

describe("e-mail addresses", () => {
  it("accepts and lower-cases a usual address", () => {
    expect(parseEmail("  Marie.Dupont@Exemple.fr ")).toEqual({ ok: true, email: "marie.dupont@exemple.fr" });
  });
  it.each([["marie"], ["marie@"], ["@exemple.fr"], ["marie@exemple"], ["marie dupont@exemple.fr"], ["marie..d@exemple.fr"]])("refuses %s", (input) => {
    expect(parseEmail(input)).toEqual({ ok: false, error: "email_invalid" });
  });
});
