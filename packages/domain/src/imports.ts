import * as z from "zod/mini";

/** What a CSV file may fill: households, halts or products of one organisation. */
export const IMPORT_KINDS = ["households", "stops", "products"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const ImportKindParamsSchema = z.strictObject({ kind: z.enum(IMPORT_KINDS) });

export const ImportRequestSchema = z.strictObject({
  organisationId: z.uuid(),
  /** The file's text: UTF-8 (a byte-order mark is ignored), `;` or `,` separated, RFC 4180 quoting. */
  csv: z.string().check(z.minLength(1), z.maxLength(900_000)),
});

/**
 * What can be wrong in a file, as stable codes with parameters (value, bounds, allowed values), so
 * a client says it in the reader's language; `message` says the same in English.
 */
export const IMPORT_ERROR_CODES = [
  "csv_unclosed_quote",
  "csv_text_after_quote",
  "unknown_column",
  "missing_column",
  "duplicate_column",
  "no_rows",
  "too_many_rows",
  "cell_count",
  "required_empty",
  "not_a_number",
  "not_whole_number",
  "duplicate_key",
  "unknown_id",
  "too_short",
  "too_long",
  "too_small",
  "too_large",
  "invalid_format",
  "not_allowed",
  "invalid_type",
  "unknown_halt",
  "ambiguous_halt",
  "unknown_household",
  "ambiguous_household",
  "no_passage",
  "ambiguous_passage",
  "unknown_product",
  "not_a_date",
  "invalid",
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export const ImportErrorParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]));
export type ImportErrorParams = z.infer<typeof ImportErrorParamsSchema>;

/**
 * One thing wrong in the file: line as a spreadsheet numbers it (the header is line 1). `code` is
 * a plain string for clients, so a code added by a later server version still parses.
 */
export const ImportRowErrorSchema = z.object({
  line: z.number().check(z.int()),
  column: z.string(),
  message: z.string(),
  code: z.optional(z.string()),
  params: z.optional(ImportErrorParamsSchema),
});
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

export const ImportPreviewSchema = z.object({
  kind: z.enum(IMPORT_KINDS),
  columns: z.array(z.string()),
  rowCount: z.number().check(z.int()),
  /** Rows as read (first 200), each with its line and whether it creates or updates. */
  rows: z.array(z.object({ line: z.number().check(z.int()), action: z.enum(["create", "update"]), values: z.record(z.string(), z.string()) })),
  errors: z.array(ImportRowErrorSchema),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportResultSchema = z.object({ kind: z.enum(IMPORT_KINDS), created: z.number().check(z.int()), updated: z.number().check(z.int()) });
export type ImportResult = z.infer<typeof ImportResultSchema>;

export const ExportQuerySchema = z.strictObject({ organisationId: z.uuid() });
export const ExportSchema = z.object({ filename: z.string(), csv: z.string() });
