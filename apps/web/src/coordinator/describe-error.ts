import type { TFunction } from "../i18n/translator";
import { isApiError } from "../api/api-error";

/** Codes whose plain-language sentence is in the translations ("apiErrors.<code>"). */
const KNOWN = new Set(["order_locked", "passage_closed", "stock_exhausted", "credit_cap_exceeded", "beyond_household_limit", "offer_unavailable", "bakery_closed", "import_invalid", "conflict", "forbidden", "not_found", "validation_failed",
  "plan_outdated", "no_plan_to_publish", "planning_in_progress", "nothing_to_plan", "tour_started", "site_in_use", "late_reason_required", "round_left", "last_admin", "own_car", "driver_not_free"]);

/** One sentence saying what went wrong and what to do, for any failure of an API call. */
export function describeError(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t("errors.unexpected");
  if (error.kind === "network") return t("errors.network");
  if (error.status >= 500) return t("errors.server");
  const code = error.problem?.code;
  if (code && KNOWN.has(code)) return t(`coordinator.apiErrors.${code}`);
  return t("errors.unexpected");
}
