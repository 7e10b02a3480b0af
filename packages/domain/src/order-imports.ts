/**
 * Orders imported in bulk: a CSV of paper or phone orders, one line per product. Lines of the same
 * household and passage make one order; each order is then placed exactly as a single order is
 * (cutoff, stock, monthly credit, prices), and one refused order does not stop the others.
 *
 * Columns: `household` (name or id), `date` (2026-03-10 or 10/03/2026), `stop` (optional: the
 * halt's name, or "domicile" for the household's home drop; needed only when the household has
 * several passages that day), `sku`, `quantity`, `channel` (optional: paper or phone; paper).
 * The French names are read too: foyer, date, arrêt, référence, quantité, canal (papier, téléphone).
 */
import * as z from "zod/mini";
import { ImportRowErrorSchema } from "./imports.js";

export const ORDER_IMPORT_COLUMNS = ["household", "date", "stop", "sku", "quantity", "channel"] as const;

export const OrderImportRequestSchema = z.strictObject({
  organisationId: z.uuid(),
  /** UTF-8 text (a byte-order mark is ignored), `;` or `,` separated, RFC 4180 quoting. */
  csv: z.string().check(z.minLength(1), z.maxLength(900_000)),
});

const ImportedOrder = z.object({
  /** The file's lines this order comes from (the header is line 1). */
  lines: z.array(z.number().check(z.int())),
  household: z.object({ id: z.uuid(), name: z.string() }),
  passage: z.object({ id: z.uuid(), date: z.string(), stopName: z.string() }),
  items: z.array(z.object({ offerId: z.uuid(), sku: z.string(), productName: z.string(), quantity: z.number().check(z.int()) })),
  channel: z.enum(["phone", "paper"]),
  /** `update` when the household already has an order for the passage: its lines are replaced. */
  action: z.enum(["create", "update"]),
});

export const OrderImportPreviewSchema = z.object({
  rowCount: z.number().check(z.int()),
  orders: z.array(ImportedOrder),
  errors: z.array(ImportRowErrorSchema),
});
export type OrderImportPreview = z.infer<typeof OrderImportPreviewSchema>;

export const OrderImportResultSchema = z.object({
  placed: z.number().check(z.int()),
  changed: z.number().check(z.int()),
  /** Orders the placement rules refused (cutoff passed, stock, credit…), with the code and text a single order would get. */
  refused: z.array(z.object({ lines: z.array(z.number().check(z.int())), household: z.string(), code: z.string(), message: z.string() })),
});
export type OrderImportResult = z.infer<typeof OrderImportResultSchema>;
