import { IMPORT_ERROR_CODES } from "@tournee/domain";
import { testTranslator } from "../i18n/test-translator";
import { describe, expect, it } from "vitest";
import en from "../i18n/en/console";
import fr from "../i18n/fr/console";
import { importErrorText, parseImportReport } from "./import-preview";


const errorsOf = (messages: object) => (messages as { coordinator: { import: { errors: Record<string, string> } } }).coordinator.import.errors;

describe("import error codes", () => {
  it("has a French and an English text for every code the API can emit", () => {
    const codes = [...IMPORT_ERROR_CODES];
    expect(codes.length).toBeGreaterThan(15);
    expect(codes.filter((c) => !errorsOf(fr)[c])).toEqual([]);
    expect(codes.filter((c) => !errorsOf(en)[c])).toEqual([]);
  });

  it("says an error in French with its parameters, keeping the API's text for a code it does not know", async () => {
    const t = testTranslator("fr", { fr });
    const report = parseImportReport({
      kind: "households", columns: ["postcode"], rowCount: 1, rows: [],
      errors: [
        { line: 2, column: "postcode", message: "x", code: "invalid_format", params: { value: "2300", hint: "a French postcode has 5 digits" } },
        { line: 3, column: "mobility", message: "x", code: "not_allowed", params: { value: "walks", allowed: ["comes_to_halt", "needs_home_drop"] } },
        { line: 4, column: "name", message: "something new", code: "from_a_later_version", params: {} },
      ],
    });
    expect(report.errors.map((e) => importErrorText(t, e))).toEqual([
      "« 2300 » n'a pas le bon format (code postal du pays : 5 chiffres en France, AD et 3 chiffres en Andorre).",
      "« walks » n'est pas une valeur possible. Valeurs possibles : comes_to_halt, needs_home_drop.",
      "something new",
    ]);
  });
});
