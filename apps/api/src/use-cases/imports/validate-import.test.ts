import { describe, expect, it } from "vitest";
import { validateImport } from "./validate-import.js";

describe("validateImport", () => {
  it("says which required cell is empty, reads decimal commas and applies the schema's defaults", () => {
    const file = validateImport("households", "name;addressLine;postcode;city;latitude;longitude\nMme Roche;;23500;Felletin;45,88;2,17\nM. Blanc;1 place;23200;Aubusson;45,95;2,16\n");
    expect(file.errors).toEqual([{ line: 2, column: "addressLine", code: "required_empty", params: {}, message: "empty cell: this column needs a value on every line" }]);
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

describe("error codes", () => {
  const codes = (kind: "households" | "stops" | "products", csv: string) => validateImport(kind, csv).errors.map((e) => [e.line, e.column, e.code, e.params]);

  it("gives each cell error a stable code with what the client needs to say it: value, bounds, allowed values", () => {
    const csv =
      "name;addressLine;postcode;city;latitude;longitude;peopleCount;mobility;contactChannel\n" +
      "Mme Roche;1 rue;2300;Felletin;nord;2,17;2;comes_to_halt;phone\n" +
      "M. Blanc;1 place;23200;Aubusson;95;2,16;1,5;walks;phone\n" +
      "M. Vert;2 place;23200;Aubusson;45,9;2,16;40;comes_to_halt;pigeon\n" +
      ";3 place;23200;Aubusson;45,9;2,16\n";
    expect(codes("households", csv)).toEqual([
      [2, "latitude", "not_a_number", { value: "nord" }],
      [2, "postcode", "invalid_format", { value: "2300", hint: "a French postcode has 5 digits" }],
      [3, "peopleCount", "not_whole_number", { value: "1,5" }],
      [3, "latitude", "too_large", { max: 90 }],
      [3, "mobility", "not_allowed", { value: "walks", allowed: ["comes_to_halt", "needs_home_drop"] }],
      [4, "peopleCount", "too_large", { max: 30 }],
      [4, "contactChannel", "not_allowed", { value: "pigeon", allowed: ["phone", "sms", "email", "post", "via_relay"] }],
      [5, "", "cell_count", { cells: 6, columns: 9 }],
      [5, "name", "required_empty", {}],
    ]);
  });

  it("codes the file's shape: columns, rows and quoting", () => {
    expect(codes("stops", "nomm,name,city,latitude\n")).toEqual([
      [1, "nomm", "unknown_column", { allowed: ["identifiant", "nom", "adresse", "commune", "latitude", "longitude", "indications d'accès"] }],
      [1, "longitude", "missing_column", {}],
      [2, "", "no_rows", {}],
    ]);
    expect(codes("stops", "nom,name,city,latitude,longitude\nLavoir,Lavoir,Ahun,46,2\n")).toEqual([[1, "", "duplicate_column", {}]]);
    expect(codes("stops", 'name,city,latitude,longitude\n"Lavoir"x,Ahun,46,2\n')).toEqual([[2, "", "csv_text_after_quote", { found: "x" }]]);
    expect(codes("stops", 'name,city,latitude,longitude\n"Lavoir,Ahun,46,2\n')).toEqual([[2, "", "csv_unclosed_quote", {}]]);
    expect(codes("stops", "id,name,city,latitude,longitude\nk,Lavoir,Ahun,46,2\nk,Église,Ahun,46,2\n")).toContainEqual([3, "id", "duplicate_key", { key: "id", firstLine: 2 }]);
  });

  it("keeps an English message beside each code", () => {
    const [error] = validateImport("stops", "name,city,latitude,longitude\nLavoir,Ahun,x,2\n").errors;
    expect(error).toEqual({ line: 2, column: "latitude", code: "not_a_number", params: { value: "x" }, message: '"x" is not a number (e.g. 45,95 or 45.95)' });
  });
});

describe("French columns", () => {
  it("reads French column names and words, accents and capitals aside, and prices in euros", () => {
    const households = validateImport("households", "Nom;Adresse;Code postal;Commune;Latitude;Longitude;Vient à l'arrêt ou livré;Joindre par\nMme Roche;1 rue;23500;Felletin;45,88;2,17;livré à domicile;Par la mairie\n");
    expect(households.errors).toEqual([]);
    expect(households.rows[0]!.input).toMatchObject({ name: "Mme Roche", postcode: "23500", mobility: "needs_home_drop", contactChannel: "via_relay" });
    const products = validateImport("products", "référence;nom;rayon;unité;sorte;compartiment;prix de reference (€)\nRIZ1;Riz;Épicerie salée;paquet;épicerie;frais;1,89\n");
    expect(products.errors).toEqual([]);
    expect(products.rows[0]!.input).toMatchObject({ sku: "RIZ1", kind: "grocery", compartment: "chilled", referencePriceCents: 189 });
  });

  it("names a faulty cell by the column as the file writes it", () => {
    const { errors } = validateImport("households", "nom;adresse;code postal;commune;latitude;longitude\nMme Roche;1 rue;2300;Felletin;nord;2,17\n");
    expect(errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, "latitude", "not_a_number"],
      [2, "code postal", "invalid_format"],
    ]);
  });
});
