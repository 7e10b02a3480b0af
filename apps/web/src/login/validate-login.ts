import { CodeLoginRequestSchema, LoginRequestSchema, type CodeLoginRequest, type LoginRequest } from "@tournee/domain";
import type { TFunction } from "../i18n/translator";
import { plainFieldMessages } from "./describe-login-error";

type Checked<T> = { ok: true; request: T } | { ok: false; fields: Record<string, string> };

/** The part of a zod schema used here. */
interface Schema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[] }[] } };
}

/** Checks a form with the API's own schema before sending it, so mistakes show at once, even offline. */
function check<T>(schema: Schema<T>, input: unknown, t: TFunction): Checked<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, request: parsed.data };
  const messages: Record<string, string> = {};
  for (const issue of parsed.error.issues) messages[String(issue.path[0] ?? "")] ??= "";
  return { ok: false, fields: plainFieldMessages(messages, t) };
}

export function checkPasswordLogin(input: { email: string; password: string }, t: TFunction): Checked<LoginRequest> {
  return check<LoginRequest>(LoginRequestSchema, { email: input.email.trim(), password: input.password }, t);
}

/** The code is sent as typed: the API ignores spaces and dashes itself. */
export function checkCodeLogin(input: { code: string }, t: TFunction): Checked<CodeLoginRequest> {
  const result = check(CodeLoginRequestSchema, input, t);
  return result.ok ? { ok: true, request: { code: input.code.trim() } } : result;
}
