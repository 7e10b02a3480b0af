/** Reads a CSV file of one kind into rows checked against the domain schemas, with every error found. */
import { DEFAULT_COUNTRY, postcodeProblem, type ImportKind } from "@tournee/domain";
import { z } from "zod";
import { CsvSyntaxError, parseCsv } from "./csv.js";
import { importIssue, issueFromZod, type ImportIssue } from "./import-errors.js";
import { cellValue, columnOf, IMPORT_TABLES, wordValue } from "./import-tables.js";

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
  // Each header cell names a column by its French name or the API's; errors name it as the file does.
  const named = header.map((name) => columnOf(table, name));
  const keys = named.map((c) => c?.key);
  const headerOf = (key: string) => header[keys.indexOf(key)] ?? table.french[key] ?? key;
  header.forEach((name, i) => {
    if (!named[i]) errors.push(importIssue(1, name, "unknown_column", { allowed: Object.values(table.french) }));
  });
  for (const key of table.required) {
    if (!keys.includes(key)) errors.push(importIssue(1, table.french[key] ?? key, "missing_column"));
  }
  if (new Set(keys.filter(Boolean)).size !== keys.filter(Boolean).length) errors.push(importIssue(1, "", "duplicate_column"));
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
      const { key, french } = named[i]!;
      values[name] = raw;
      if (raw.trim() === "") {
        if (table.required.includes(key)) errors.push(importIssue(line, name, "required_empty"));
        return;
      }
      const inEuros = french && table.euros?.includes(key);
      const cell = cellValue(wordValue(table, key, raw), inEuros ? "number" : table.columns[key]!);
      if ("error" in cell) errors.push(importIssue(line, name, cell.error, { value: raw.trim(), ...(cell.error === "invalid_format" ? { hint: WEEKLY_HINT } : {}) }));
      else input[key] = inEuros ? Math.round((cell.value as number) * 100) : cell.value;
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
      if (problem) errors.push(importIssue(line, headerOf("postcode"), "invalid_format", { value: fields.postcode, hint: problem }));
    }
    const result = z.safeParse(table.schema, kind === "products" ? input : fields);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = issue.path[0] === undefined ? "" : headerOf(String(issue.path[0]));
        if (!errors.some((e) => e.line === line && e.column === column)) errors.push(issueFromZod(line, column, values[column] ?? "", issue));
      }
    } else Object.assign(input, result.data as Record<string, unknown>);
    return { line, values, input, key };
  });
  errors.sort((a, b) => a.line - b.line);
  return { columns: header, rows, errors };
}
