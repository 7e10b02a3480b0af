import { z } from "zod";

/** What a CSV file may fill: households, halts or products of one organisation. */
export const IMPORT_KINDS = ["households", "stops", "products"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const ImportKindParamsSchema = z.strictObject({ kind: z.enum(IMPORT_KINDS) });

export const ImportRequestSchema = z.strictObject({
  organisationId: z.uuid(),
  /** The file's text: UTF-8 (a byte-order mark is ignored), `;` or `,` separated, RFC 4180 quoting. */
  csv: z.string().min(1).max(900_000),
});

/** One thing wrong in the file: line as a spreadsheet numbers it (the header is line 1). */
export const ImportRowErrorSchema = z.object({ line: z.number().int(), column: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

export const ImportPreviewSchema = z.object({
  kind: z.enum(IMPORT_KINDS),
  columns: z.array(z.string()),
  rowCount: z.number().int(),
  /** Rows as read (first 200), each with its line and whether it creates or updates. */
  rows: z.array(z.object({ line: z.number().int(), action: z.enum(["create", "update"]), values: z.record(z.string(), z.string()) })),
  errors: z.array(ImportRowErrorSchema),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportResultSchema = z.object({ kind: z.enum(IMPORT_KINDS), created: z.number().int(), updated: z.number().int() });
export type ImportResult = z.infer<typeof ImportResultSchema>;

export const ExportQuerySchema = z.strictObject({ organisationId: z.uuid() });
export const ExportSchema = z.object({ filename: z.string(), csv: z.string() });
