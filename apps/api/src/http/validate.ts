import type { z } from "zod";
import { ApiError, type FieldError } from "./errors.js";

/** Parses one part of a request, turning zod issues into field errors that name their place. */
export function parsePart<T>(schema: z.ZodType<T>, value: unknown, where: FieldError["in"]): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    in: where,
    path: issue.path.length ? issue.path.map(String).join(".") : where === "body" ? "(body)" : "(all)",
    message: issue.message,
  }));
  throw new ApiError("validation_failed", `${errors.length} problem(s) in the ${where === "path" ? "path" : where}`, errors);
}
