import { describe, expect, it } from "vitest";
import { validateImport } from "./validate-import.js";

describe("validateImport", () => {
  it("says which required cell is empty, reads decimal commas and applies the schema's defaults", () => {
    const file = validateImport("households", "name;addressLine;postcode;city;latitude;longitude\nMme Roche;;23500;Felletin;45,88;2,17\nM. Blanc;1 place;23200;Aubusson;45,95;2,16\n");
    expect(file.errors).toEqual([{ line: 2, column: "addressLine", message: "empty cell: this column needs a value on every line" }]);
    expect(file.rows[1]!.input).toMatchObject({ latitude: 45.95, longitude: 2.16, peopleCount: 1, mobility: "comes_to_halt" });
  });

  it("flags a line with more cells than columns and a SKU given twice", () => {
    const csv = "sku;name;shelf;unit;kind;compartment;referencePriceCents\nA;Riz;Sec;kg;grocery;ambient;189;extra\nA;Riz;Sec;kg;grocery;ambient;189\n";
    const { errors } = validateImport("products", csv);
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, ""],
      [3, "sku"],
    ]);
  });
});
