/** Reads a CSV file of one kind into rows checked against the domain schemas, with every error found. */
import type { ImportKind, ImportRowError } from "@tournee/domain";
import { CsvSyntaxError, parseCsv } from "./csv.js";
import { cellValue, IMPORT_TABLES } from "./import-tables.js";

export interface CheckedRow {
  line: number;
  values: Record<string, string>;
  /** The row's fields, valid when the row has no error. */
  input: Record<string, unknown>;
  key: string | undefined;
}

export interface CheckedFile {
  columns: string[];
  rows: CheckedRow[];
  errors: ImportRowError[];
}

export const MAX_IMPORT_ROWS = 5000;

export function validateImport(kind: ImportKind, csv: string): CheckedFile {
  const table = IMPORT_TABLES[kind];
  let parsed;
  try {
    parsed = parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { columns: [], rows: [], errors: [{ line: error.line, column: "", message: error.message }] };
    throw error;
  }
  const { header } = parsed;
  const errors: ImportRowError[] = [];
  for (const name of header) {
    if (!(name in table.columns)) errors.push({ line: 1, column: name, message: `unknown column; expected some of: ${Object.keys(table.columns).join(", ")}` });
  }
  for (const name of table.required) {
    if (!header.includes(name)) errors.push({ line: 1, column: name, message: "this column is required: add it to the first line" });
  }
  if (new Set(header).size !== header.length) errors.push({ line: 1, column: "", message: "a column name appears twice" });
  if (parsed.rows.length === 0) errors.push({ line: 2, column: "", message: "the file has no rows under its first line" });
  if (parsed.rows.length > MAX_IMPORT_ROWS) errors.push({ line: MAX_IMPORT_ROWS + 2, column: "", message: `at most ${MAX_IMPORT_ROWS} rows per file: split it` });
  if (errors.length) return { columns: header, rows: [], errors };

  const seenKeys = new Map<string, number>();
  const rows = parsed.rows.map(({ line, cells }) => {
    const values: Record<string, string> = {};
    const input: Record<string, unknown> = {};
    if (cells.length !== header.length) errors.push({ line, column: "", message: `${cells.length} cells where the first line has ${header.length} columns` });
    header.forEach((name, i) => {
      const raw = cells[i] ?? "";
      values[name] = raw;
      if (raw.trim() === "") {
        if (table.required.includes(name)) errors.push({ line, column: name, message: "empty cell: this column needs a value on every line" });
        return;
      }
      const cell = cellValue(raw, table.columns[name]!);
      if ("error" in cell) errors.push({ line, column: name, message: cell.error });
      else input[name] = cell.value;
    });
    const key = typeof input[table.key] === "string" ? (input[table.key] as string) : undefined;
    if (key !== undefined) {
      const first = seenKeys.get(key);
      if (first) errors.push({ line, column: table.key, message: `same ${table.key} as line ${first}` });
      else seenKeys.set(key, line);
    }
    const { id: _id, ...fields } = input;
    const result = table.schema.safeParse(kind === "products" ? input : fields);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? "");
        if (!errors.some((e) => e.line === line && e.column === column)) errors.push({ line, column, message: issue.message });
      }
    } else Object.assign(input, result.data as Record<string, unknown>);
    return { line, values, input, key };
  });
  errors.sort((a, b) => a.line - b.line);
  return { columns: header, rows, errors };
}
