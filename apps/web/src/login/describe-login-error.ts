import type { Locale } from "@tournee/domain";
import type { TFunction } from "../i18n/translator";
import { isApiError } from "../api/api-error";
import { formatDateTime, formatTime, sameParisDay } from "../format/date-time";

export type LoginMode = "password" | "code";

/** What to tell the person after a failed sign-in: one sentence, and messages beside fields. */
export interface LoginErrorText {
  message: string;
  fields: Record<string, string>;
}

/**
 * Turns a failed sign-in into plain words. Server messages for a field are replaced by our own
 * sentence for that field when we have one, so the person never reads an English validator message.
 */
export function describeLoginError(
  error: unknown,
  { mode, t, locale, now = new Date() }: { mode: LoginMode; t: TFunction; locale: Locale; now?: Date },
): LoginErrorText {
  if (!isApiError(error)) return { message: t("errors.unexpected"), fields: {} };
  if (error.kind === "network") return { message: t("errors.network"), fields: {} };
  if (error.status === 429) {
    if (!error.retryAt) return { message: t("errors.tooManyAttempts"), fields: {} };
    const when = sameParisDay(error.retryAt, now) ? formatTime(error.retryAt, locale) : formatDateTime(error.retryAt, locale);
    return { message: t("errors.tooManyAttemptsUntil", { when }), fields: {} };
  }
  if (error.status === 401) return { message: t(mode === "code" ? CODE_REFUSALS[error.problem?.code ?? ""] ?? "login.errors.wrongCode" : "login.errors.wrongPassword"), fields: {} };
  if (error.status >= 500) return { message: t("errors.server"), fields: {} };
  const fields = plainFieldMessages(error.fieldMessages(), t);
  if (Object.keys(fields).length > 0) return { message: t("errors.checkFields"), fields };
  return { message: t("errors.unexpected"), fields: {} };
}

/** Why a one-time code was refused, when the server says so: the person then knows to ask for a new one. */
const CODE_REFUSALS: Record<string, string> = { login_code_used: "login.errors.usedCode", login_code_expired: "login.errors.oldCode" };

const FIELD_KEYS: Record<string, string> = {
  email: "login.fieldErrors.email",
  password: "login.fieldErrors.password",
  code: "login.fieldErrors.code",
};

export function plainFieldMessages(messages: Record<string, string>, t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(messages)) {
    const key = FIELD_KEYS[field];
    out[field] = key ? t(key) : message;
  }
  return out;
}
