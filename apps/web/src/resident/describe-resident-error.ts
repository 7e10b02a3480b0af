import type { TFunction } from "../i18n/translator";
import { isApiError } from "../api/api-error";
import { PassageGone } from "./order-data";

/** Refusals a resident (or the relay ordering for them) can meet, each said in plain words with what to do. */
const RESIDENT_CODES = new Set([
  "order_locked", "passage_closed", "stock_exhausted", "credit_cap_exceeded", "beyond_household_limit", "offer_unavailable", "bakery_closed", "conflict", "not_found", "validation_failed", "forbidden", "too_many_requests", "unauthenticated",
]);

/** One sentence: what happened and what to do. Never a technical word. */
export function describeResidentError(t: TFunction, error: unknown): string {
  if (error instanceof PassageGone) return t("resident.errors.passageGone");
  if (!isApiError(error)) return t("resident.errors.unknown");
  if (error.kind === "network") return t("errors.network");
  if (error.status >= 500) return t("errors.server");
  return describeRefusal(t, error.problem?.code);
}

/** The sentence for a refusal code kept with a basket the server refused. */
export function describeRefusal(t: TFunction, code: string | undefined): string {
  return code && RESIDENT_CODES.has(code) ? t(`resident.errors.${code}`) : t("resident.errors.unknown");
}
