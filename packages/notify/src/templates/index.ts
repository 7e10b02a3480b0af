/**
 * @tournee/notify/templates — what each message says: kinds and their variables, the default
 * French and English templates, the check that refuses unknown variables and forbidden words,
 * rendering with neutral fallbacks, and the date and time wording of messages.
 */
export { KIND_SPECS, MESSAGE_KINDS, RELAY_WORDING, type Audience, type KindSpec, type MessageKind } from "./kinds.js";
export { DEFAULT_TEMPLATES, SMS_STOP_LINE, TEMPLATE_LOCALES, type Template, type TemplateLocale } from "./defaults.js";
export { forbiddenWords, isNeutral, withoutForbiddenWords } from "./neutral-words.js";
export { BODY_MAX, SUBJECT_MAX, checkTemplate, renderTemplate, variablesOf, type RenderedMessage, type TemplateIssue, type TemplateIssueCode } from "./render.js";
export { formatDay, formatDeadline, formatTime } from "./format.js";
