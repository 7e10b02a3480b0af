/**
 * The columns each CSV kind has, how a cell becomes a value, and the domain schema every row must
 * pass. An export writes French column names and French words (prices in euros), and an import
 * reads them, or the API's field names and values, so an export can be edited and imported back.
 */
import { HouseholdInputSchema, ProductInputSchema, refinePostcode, StopInputSchema, type ImportErrorCode, type ImportKind } from "@tournee/domain";
import { z } from "zod";
import { parseWeeklyWindows } from "@tournee/domain/calendar";

/** `weekly`: windows such as "lun 09:00-12:00; mer 14:00-16:30" (see the calendar's weekly-windows.ts). */
export type CellType = "text" | "number" | "integer" | "weekly";

export interface ImportTable {
  columns: Record<string, CellType>;
  /** The French name of each column: what an export writes, accepted by an import beside the API's name. */
  french: Record<string, string>;
  /** Columns whose values are words: the French word of each API value (both are read). */
  words?: Record<string, Record<string, string>>;
  /** Columns of cents in the API, written and read in euros under their French name. */
  euros?: readonly string[];
  required: readonly string[];
  /** Column whose value names an existing row to update (absent or unknown: create). */
  key: "id" | "sku";
  schema: z.core.$ZodType;
  /** Columns that name another row (a halt by its name or id): resolved against the database, not the schema. */
  lookups?: readonly string[];
}

/** A schema's fields less those an import does not take (the import decides them). */
function withoutKeys<S extends Record<string, unknown>, K extends keyof S>(shape: S, keys: readonly K[]): Omit<S, K> {
  return Object.fromEntries(Object.entries(shape).filter(([key]) => !keys.includes(key as K))) as Omit<S, K>;
}

export const IMPORT_TABLES: Record<ImportKind, ImportTable> = {
  households: {
    columns: {
      id: "text", name: "text", addressLine: "text", postcode: "text", city: "text", country: "text", citycode: "text", latitude: "number", longitude: "number",
      accessNotes: "text", mobility: "text", usualStop: "text", homeAvailability: "weekly", peopleCount: "integer", phone: "text", contactChannel: "text",
    },
    french: {
      id: "identifiant", name: "nom", addressLine: "adresse", postcode: "code postal", city: "commune", country: "pays", citycode: "code INSEE", latitude: "latitude", longitude: "longitude",
      accessNotes: "indications d'accès", mobility: "vient à l'arrêt ou livré", usualStop: "arrêt habituel", homeAvailability: "disponibilités à domicile", peopleCount: "personnes",
      phone: "téléphone", contactChannel: "joindre par",
    },
    words: {
      mobility: { comes_to_halt: "vient à l'arrêt", needs_home_drop: "livré à domicile" },
      contactChannel: { phone: "téléphone", sms: "SMS", email: "e-mail", post: "courrier", via_relay: "par la mairie" },
    },
    required: ["name", "addressLine", "postcode", "city", "latitude", "longitude"],
    key: "id",
    schema: HouseholdInputSchema.check(z.superRefine(refinePostcode)),
    lookups: ["usualStop"],
  },
  stops: {
    columns: { id: "text", name: "text", addressLine: "text", city: "text", latitude: "number", longitude: "number", accessNotes: "text" },
    french: { id: "identifiant", name: "nom", addressLine: "adresse", city: "commune", latitude: "latitude", longitude: "longitude", accessNotes: "indications d'accès" },
    required: ["name", "city", "latitude", "longitude"],
    key: "id",
    schema: z.strictObject(withoutKeys(StopInputSchema.shape, ["organisationId", "kind", "householdId"])).check(z.superRefine(refinePostcode)),
  },
  products: {
    columns: {
      sku: "text", name: "text", shelf: "text", unit: "text", kind: "text", compartment: "text", sizePer100: "integer", referencePriceCents: "integer", shelfLifeDays: "integer",
    },
    french: {
      sku: "référence", name: "nom", shelf: "rayon", unit: "unité", kind: "sorte", compartment: "compartiment", sizePer100: "place pour 100",
      referencePriceCents: "prix de référence (€)", shelfLifeDays: "conservation (jours)",
    },
    words: {
      kind: { grocery: "épicerie", bakery: "boulangerie", producer: "producteur" },
      compartment: { ambient: "sec", chilled: "frais", frozen: "surgelé", bread: "pain" },
    },
    euros: ["referencePriceCents"],
    required: ["sku", "name", "shelf", "unit", "kind", "compartment", "referencePriceCents"],
    key: "sku",
    schema: z.strictObject(withoutKeys(ProductInputSchema.shape, ["organisationId"])),
  },
};

/** "Code postal" and "code  postal" match; accents and case do not count. */
const fold = (name: string) => name.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

/** The column a header cell names, and whether it used the French name; undefined for an unknown column. */
export function columnOf(table: ImportTable, header: string): { key: string; french: boolean } | undefined {
  if (header in table.columns) return { key: header, french: false };
  const key = Object.keys(table.french).find((k) => fold(table.french[k]!) === fold(header));
  return key ? { key, french: true } : undefined;
}

/** A word of a word column as the API has it: its French word or the API value itself. */
export function wordValue(table: ImportTable, key: string, raw: string): string {
  const words = table.words?.[key];
  if (!words) return raw;
  return Object.keys(words).find((value) => fold(words[value]!) === fold(raw)) ?? raw;
}

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
