/**
 * Templates: `{{variable}}` placeholders in a subject and a body. A template is accepted only
 * if it uses the variables of its kind (and the required ones), and no forbidden word; a value
 * holding a forbidden word (a halt named "Centre social…") is replaced by its neutral fallback,
 * and the rendered text passes the same check again before it leaves.
 */
import { KIND_SPECS, type MessageKind } from "./kinds.js";
import { isNeutral, forbiddenWords, withoutForbiddenWords } from "./neutral-words.js";
import type { Template } from "./defaults.js";

export const SUBJECT_MAX = 120;
export const BODY_MAX = 2000;

export type TemplateIssueCode = "empty" | "too_long" | "unclosed_braces" | "unknown_variable" | "missing_variable" | "forbidden_word";

export interface TemplateIssue {
  field: "subject" | "body";
  code: TemplateIssueCode;
  /** The variable or word concerned. */
  detail: string;
}

const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;

/** The variables a text uses, in order of first use. */
export function variablesOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

export function checkTemplate(kind: MessageKind, template: Template): TemplateIssue[] {
  const spec = KIND_SPECS[kind];
  const issues: TemplateIssue[] = [];
  for (const field of ["subject", "body"] as const) {
    const text = template[field];
    if (!text.trim()) issues.push({ field, code: "empty", detail: "" });
    if (text.length > (field === "subject" ? SUBJECT_MAX : BODY_MAX)) issues.push({ field, code: "too_long", detail: String(field === "subject" ? SUBJECT_MAX : BODY_MAX) });
    const stripped = text.replace(PLACEHOLDER, "");
    if (stripped.includes("{{") || stripped.includes("}}")) issues.push({ field, code: "unclosed_braces", detail: "" });
    for (const name of variablesOf(text)) if (!spec.variables.includes(name)) issues.push({ field, code: "unknown_variable", detail: name });
    for (const word of forbiddenWords(stripped)) issues.push({ field, code: "forbidden_word", detail: word });
  }
  for (const name of spec.required) if (!variablesOf(template.body).includes(name)) issues.push({ field: "body", code: "missing_variable", detail: name });
  return issues;
}

export interface RenderedMessage {
  subject: string;
  body: string;
}

/**
 * Fills a template that passed `checkTemplate`. `fallbacks` gives, per variable, a neutral value to
 * use when the real one holds a forbidden word. Unknown placeholders render empty.
 */
export function renderTemplate(template: Template, values: Record<string, string>, fallbacks: Record<string, string> = {}): RenderedMessage {
  const value = (name: string): string => {
    const v = values[name] ?? "";
    if (isNeutral(v)) return v;
    const fallback = fallbacks[name];
    return fallback !== undefined && isNeutral(fallback) ? fallback : withoutForbiddenWords(v);
  };
  const fill = (text: string) => withoutForbiddenWords(text.replace(PLACEHOLDER, (_m, name: string) => value(name)).replace(/[ \t]+$/gm, "").trim());
  return { subject: fill(template.subject), body: fill(template.body) };
}
