/**
 * Every error a CSV import can report, as a stable `code` with its `params` (the codes are in the
 * domain contract, so the web app checks it has a translation for each); `message` is the same in
 * English for API users.
 */
import { IMPORT_ERROR_CODES, ImportErrorParamsSchema, ImportPreviewSchema, ImportRowErrorSchema, type ImportErrorCode, type ImportErrorParams } from "@tournee/domain";
import { z } from "zod";

export const ImportIssueSchema = z.object({ ...ImportRowErrorSchema.shape, code: z.enum(IMPORT_ERROR_CODES), params: ImportErrorParamsSchema });
export type ImportIssue = z.infer<typeof ImportIssueSchema>;
export const ImportReportSchema = z.object({ ...ImportPreviewSchema.shape, errors: z.array(ImportIssueSchema) });
export type ImportReport = z.infer<typeof ImportReportSchema>;

const list = (v: unknown) => (Array.isArray(v) ? v.join(", ") : String(v));
const MESSAGES: Record<ImportErrorCode, (p: ImportErrorParams) => string> = {
  csv_unclosed_quote: () => "a quoted field is never closed: add the missing quote",
  csv_text_after_quote: (p) => `a closing quote must end the field (found ${JSON.stringify(p.found)} after it)`,
  unknown_column: (p) => `unknown column; expected some of: ${list(p.allowed)}`,
  missing_column: () => "this column is required: add it to the first line",
  duplicate_column: () => "a column name appears twice",
  no_rows: () => "the file has no rows under its first line",
  too_many_rows: (p) => `at most ${p.max} rows per file: split it`,
  cell_count: (p) => `${p.cells} cells where the first line has ${p.columns} columns`,
  required_empty: () => "empty cell: this column needs a value on every line",
  not_a_number: (p) => `"${p.value}" is not a number (e.g. 45,95 or 45.95)`,
  not_whole_number: (p) => `"${p.value}" is not a whole number`,
  duplicate_key: (p) => `same ${p.key} as line ${p.firstLine}`,
  unknown_id: (p) => `no ${p.kind} with this id in your organisation: leave id empty to add a new one`,
  too_short: (p) => `too short: at least ${p.min} character(s)`,
  too_long: (p) => `too long: at most ${p.max} characters`,
  too_small: (p) => `too small: at least ${p.min}`,
  too_large: (p) => `too large: at most ${p.max}`,
  invalid_format: (p) => `"${p.value}" does not have the expected format${p.hint ? ` (${p.hint})` : ""}`,
  not_allowed: (p) => `"${p.value}" is not allowed; expected one of: ${list(p.allowed)}`,
  invalid_type: (p) => `expected ${p.expected}`,
  unknown_halt: (p) => `no halt of your organisation is named "${p.value}": give a halt's name or id, or leave the cell empty`,
  ambiguous_halt: (p) => `several halts are named "${p.value}": give the halt's id instead`,
  unknown_household: (p) => `no household of your organisation is named "${p.value}": give its name as on its page, or its id`,
  ambiguous_household: (p) => `several households are named "${p.value}": give the household's id instead`,
  no_passage: (p) => `the truck does not come to ${p.household} on ${p.date}${p.stop ? ` at ${p.stop}` : ""}: check the date and the stop`,
  ambiguous_passage: (p) => `${p.household} has several passages on ${p.date} (${Array.isArray(p.stops) ? p.stops.join(", ") : ""}): say which in the stop column`,
  unknown_product: (p) => `no product with SKU "${p.value}" is offered by your organisation`,
  not_a_date: (p) => `"${p.value}" is not a date (e.g. 10/03/2026 or 2026-03-10)`,
  invalid: (p) => String(p.reason ?? "invalid value"),
};

export function importIssue(line: number, column: string, code: ImportErrorCode, params: ImportErrorParams = {}): ImportIssue {
  return { line, column, code, params, message: MESSAGES[code](params) };
}

/** A schema failure on one cell, as a code: length, range, format, allowed values or type. */
export function issueFromZod(line: number, column: string, value: string, issue: z.core.$ZodIssue): ImportIssue {
  const bound = (n: unknown) => (typeof n === "bigint" ? Number(n) : (n as number));
  switch (issue.code) {
    case "too_small":
      return importIssue(line, column, issue.origin === "string" ? "too_short" : "too_small", { min: bound(issue.minimum) });
    case "too_big":
      return importIssue(line, column, issue.origin === "string" ? "too_long" : "too_large", { max: bound(issue.maximum) });
    case "invalid_format":
      return importIssue(line, column, "invalid_format", { value, hint: issue.message });
    case "invalid_value":
      return importIssue(line, column, "not_allowed", { value, allowed: issue.values.map(String) });
    case "invalid_type":
      return importIssue(line, column, "invalid_type", { expected: issue.expected });
    case "custom":
      // A rule across cells (a postcode and its country): the cell does not have the shape its rule says.
      return importIssue(line, column, "invalid_format", { value, hint: issue.message });
    default:
      return importIssue(line, column, "invalid", { reason: issue.message });
  }
}
