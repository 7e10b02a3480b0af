/**
 * The columns each CSV kind has, how a cell becomes a value, and the domain schema every row must
 * pass. Column names are the API's field names, so an export can be edited and imported back.
 */
import { HouseholdInputSchema, ProductInputSchema, refinePostcode, StopInputSchema, type ImportErrorCode, type ImportKind } from "@tournee/domain";
import type { z } from "zod";
import { parseWeeklyWindows } from "@tournee/domain/calendar";

/** `weekly`: windows such as "lun 09:00-12:00; mer 14:00-16:30" (see the calendar's weekly-windows.ts). */
export type CellType = "text" | "number" | "integer" | "weekly";

export interface ImportTable {
  columns: Record<string, CellType>;
  required: readonly string[];
  /** Column whose value names an existing row to update (absent or unknown: create). */
  key: "id" | "sku";
  schema: z.ZodType;
  /** Columns that name another row (a halt by its name or id): resolved against the database, not the schema. */
  lookups?: readonly string[];
}

export const IMPORT_TABLES: Record<ImportKind, ImportTable> = {
  households: {
    columns: {
      id: "text", name: "text", addressLine: "text", postcode: "text", city: "text", country: "text", citycode: "text", latitude: "number", longitude: "number",
      accessNotes: "text", mobility: "text", usualStop: "text", homeAvailability: "weekly", peopleCount: "integer", phone: "text", contactChannel: "text",
    },
    required: ["name", "addressLine", "postcode", "city", "latitude", "longitude"],
    key: "id",
    schema: HouseholdInputSchema.superRefine(refinePostcode),
    lookups: ["usualStop"],
  },
  stops: {
    columns: { id: "text", name: "text", addressLine: "text", city: "text", latitude: "number", longitude: "number", accessNotes: "text" },
    required: ["name", "city", "latitude", "longitude"],
    key: "id",
    schema: StopInputSchema.omit({ organisationId: true, kind: true, householdId: true }).superRefine(refinePostcode),
  },
  products: {
    columns: {
      sku: "text", name: "text", shelf: "text", unit: "text", kind: "text", compartment: "text", sizePer100: "integer", referencePriceCents: "integer", shelfLifeDays: "integer",
    },
    required: ["sku", "name", "shelf", "unit", "kind", "compartment", "referencePriceCents"],
    key: "sku",
    schema: ProductInputSchema.omit({ organisationId: true }),
  },
};

/** A cell as the schema wants it; numbers may use a decimal comma ("46,17"). */
export function cellValue(raw: string, type: CellType): { value: unknown } | { error: ImportErrorCode } {
  const text = raw.trim();
  if (type === "text") return { value: text };
  if (type === "weekly") {
    const windows = parseWeeklyWindows(text);
    return windows ? { value: windows } : { error: "invalid_format" };
  }
  const number = Number(text.replace(",", ".").replace(/\s/g, ""));
  if (!/^-?[\d\s]+([.,]\d+)?$/.test(text) || !Number.isFinite(number)) {
    return { error: type === "integer" ? "not_whole_number" : "not_a_number" };
  }
  if (type === "integer" && !Number.isInteger(number)) return { error: "not_whole_number" };
  return { value: number };
}
