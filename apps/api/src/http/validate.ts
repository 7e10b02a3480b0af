import type { z } from "zod";
import { ApiError, type FieldError } from "./errors.js";

/**
 * Where a value holds a NUL character, which PostgreSQL text cannot store: a dotted path, "" for
 * the value itself, or null when there is none.
 */
export function nulCharacterAt(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path.join(".") : null;
  if (typeof value !== "object" || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes("\u0000")) return [...path, key].join(".");
    const found = nulCharacterAt(item, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}

export const NUL_CHARACTER_MESSAGE = "contains a NUL character (\\u0000), which cannot be stored: remove it";

/**
 * Parses one part of a request, turning zod issues into field errors that name their place.
 * Text with a NUL character is refused here unless `keepNul` (the handler decides each item).
 */
export function parsePart<T>(schema: z.ZodType<T>, value: unknown, where: FieldError["in"], keepNul = false): T {
  const result = schema.safeParse(value);
  if (result.success) {
    const at = keepNul ? null : nulCharacterAt(result.data);
    if (at === null) return result.data;
    throw new ApiError("validation_failed", `1 problem(s) in the ${where}`, [{ in: where, path: at || (where === "body" ? "(body)" : "(all)"), message: NUL_CHARACTER_MESSAGE }]);
  }
  const errors = result.error.issues.map((issue) => ({
    in: where,
    path: issue.path.length ? issue.path.map(String).join(".") : where === "body" ? "(body)" : "(all)",
    message: issue.message,
  }));
  throw new ApiError("validation_failed", `${errors.length} problem(s) in the ${where === "path" ? "path" : where}`, errors);
}
