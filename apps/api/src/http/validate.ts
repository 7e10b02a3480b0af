import { z } from "zod";
import { ApiError, type FieldError } from "./errors.js";
import type { Schema } from "./route.js";

/**
 * Text PostgreSQL cannot store as given: a NUL character (refused in text and jsonb), and
 * invalid Unicode — a lone UTF-16 surrogate, or the two halves of a pair reversed — which JSON
 * lets a client send as `"\ud800"` and jsonb refuses. Both are refused with a 400 naming the
 * field rather than silently changed: what a person typed is never stored altered. Other code
 * points (a byte-order mark, right-to-left overrides) are valid text and stored as given.
 */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

export const NUL_CHARACTER_MESSAGE = "contains a NUL character (\\u0000), which cannot be stored: remove it";
export const INVALID_UNICODE_MESSAGE = "contains invalid Unicode (a lone UTF-16 surrogate, \\ud800 to \\udfff), which cannot be stored: send well-formed text";

function unstorable(text: string): string | null {
  if (text.includes("\u0000")) return NUL_CHARACTER_MESSAGE;
  return LONE_SURROGATE.test(text) ? INVALID_UNICODE_MESSAGE : null;
}

/** Where a value holds text that cannot be stored, and why: a dotted path ("" for the value itself), or null when there is none. */
export function unstorableTextAt(value: unknown, path: string[] = []): { path: string; message: string } | null {
  if (typeof value === "string") {
    const message = unstorable(value);
    return message ? { path: path.join("."), message } : null;
  }
  if (typeof value !== "object" || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const message = unstorable(key);
    if (message) return { path: [...path, storableText(key)].join("."), message };
    const found = unstorableTextAt(item, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** The same text made storable, for keeping what a client sent in a registry: NUL as "␀", invalid Unicode as U+FFFD. */
export function storableText(text: string): string {
  return text.replaceAll("\u0000", "\u2400").replace(/[\ud800-\udfff]/gu, "\ufffd");
}

/** Deeper than any request the API takes: deeper values are refused before anything walks them. */
export const MAX_DEPTH = 32;

/** Whether a JSON value nests deeper than `max` levels; iterative, so no value can exhaust the stack. */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== "object" || v === null) continue;
    if (depth >= max) return true;
    for (const item of Object.values(v)) stack.push([item, depth + 1]);
  }
  return false;
}

/**
 * Parses one part of a request, turning zod issues into field errors that name their place.
 * This is the one place every request's parts are read: text that cannot be stored is refused
 * here, unless `eachItem` (the handler judges each item of a batch on its own).
 */
export function parsePart<T>(schema: Schema<T>, value: unknown, where: FieldError["in"], eachItem = false): T {
  if (nestedDeeperThan(value, MAX_DEPTH)) {
    throw new ApiError("validation_failed", `1 problem(s) in the ${where}`, [{ in: where, path: where === "body" ? "(body)" : "(all)", message: `nested more than ${MAX_DEPTH} levels deep` }]);
  }
  const result = z.safeParse(schema, value);
  if (result.success) {
    const bad = eachItem ? null : unstorableTextAt(result.data);
    if (bad === null) return result.data;
    throw new ApiError("validation_failed", `1 problem(s) in the ${where}`, [{ in: where, path: bad.path || (where === "body" ? "(body)" : "(all)"), message: bad.message }]);
  }
  const errors = result.error.issues.map((issue) => ({
    in: where,
    path: issue.path.length ? issue.path.map(String).join(".") : where === "body" ? "(body)" : "(all)",
    message: issue.message,
  }));
  throw new ApiError("validation_failed", `${errors.length} problem(s) in the ${where === "path" ? "path" : where}`, errors);
}
