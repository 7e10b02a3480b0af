/** Reads a CSV file of one kind into rows checked against the domain schemas, with every error found. */
import { DEFAULT_COUNTRY, postcodeProblem, type ImportKind } from "@tournee/domain";
import { CsvSyntaxError, parseCsv } from "./csv.js";
import { importIssue, issueFromZod, type ImportIssue } from "./import-errors.js";
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
  errors: ImportIssue[];
}

export const MAX_IMPORT_ROWS = 5000;
const WEEKLY_HINT = "days and hours, e.g. lun 09:00-12:00; mer 14:00-16:30";

export function validateImport(kind: ImportKind, csv: string): CheckedFile {
  const table = IMPORT_TABLES[kind];
  let parsed;
  try {
    parsed = parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { columns: [], rows: [], errors: [importIssue(error.line, "", error.code, error.found === undefined ? {} : { found: error.found })] };
    throw error;
  }
  const { header } = parsed;
  const errors: ImportIssue[] = [];
  for (const name of header) {
    if (!(name in table.columns)) errors.push(importIssue(1, name, "unknown_column", { allowed: Object.keys(table.columns) }));
  }
  for (const name of table.required) {
    if (!header.includes(name)) errors.push(importIssue(1, name, "missing_column"));
  }
  if (new Set(header).size !== header.length) errors.push(importIssue(1, "", "duplicate_column"));
  if (parsed.rows.length === 0) errors.push(importIssue(2, "", "no_rows"));
  if (parsed.rows.length > MAX_IMPORT_ROWS) errors.push(importIssue(MAX_IMPORT_ROWS + 2, "", "too_many_rows", { max: MAX_IMPORT_ROWS }));
  if (errors.length) return { columns: header, rows: [], errors };

  const seenKeys = new Map<string, number>();
  const rows = parsed.rows.map(({ line, cells }) => {
    const values: Record<string, string> = {};
    const input: Record<string, unknown> = {};
    if (cells.length !== header.length) errors.push(importIssue(line, "", "cell_count", { cells: cells.length, columns: header.length }));
    header.forEach((name, i) => {
      const raw = cells[i] ?? "";
      values[name] = raw;
      if (raw.trim() === "") {
        if (table.required.includes(name)) errors.push(importIssue(line, name, "required_empty"));
        return;
      }
      const cell = cellValue(raw, table.columns[name]!);
      if ("error" in cell) errors.push(importIssue(line, name, cell.error, { value: raw.trim(), ...(cell.error === "invalid_format" ? { hint: WEEKLY_HINT } : {}) }));
      else input[name] = cell.value;
    });
    const key = typeof input[table.key] === "string" ? (input[table.key] as string) : undefined;
    if (key !== undefined) {
      const first = seenKeys.get(key);
      if (first) errors.push(importIssue(line, table.key, "duplicate_key", { key: table.key, firstLine: first }));
      else seenKeys.set(key, line);
    }
    const { id: _id, ...fields } = input;
    for (const lookup of table.lookups ?? []) delete fields[lookup];
    // The postcode follows its country's rule, whatever else is wrong on the line.
    if (typeof fields.postcode === "string") {
      const problem = postcodeProblem(typeof fields.country === "string" ? fields.country : DEFAULT_COUNTRY, fields.postcode);
      if (problem) errors.push(importIssue(line, "postcode", "invalid_format", { value: fields.postcode, hint: problem }));
    }
    const result = table.schema.safeParse(kind === "products" ? input : fields);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? "");
        if (!errors.some((e) => e.line === line && e.column === column)) errors.push(issueFromZod(line, column, values[column] ?? "", issue));
      }
    } else Object.assign(input, result.data as Record<string, unknown>);
    return { line, values, input, key };
  });
  errors.sort((a, b) => a.line - b.line);
  return { columns: header, rows, errors };
}
