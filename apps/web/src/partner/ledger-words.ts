/**
 * Amounts and months of the ledger in words: "36 sous", "novembre 2026", and the month before or
 * after one ("2026-11" → "2026-10"), so no raw number or ISO date reaches the screen.
 */
import type { Locale } from "@tournee/domain";
import type { TFunction } from "../i18n/translator";
import { isApiError } from "../api/api-error";
import { describeError } from "../coordinator/describe-error";
import { TIME_ZONE } from "../format/date-time";
import { formatCount } from "../format/units";
import { INTL_LOCALE } from "../i18n/locale";

export interface Unit {
  unitName: string;
  unitPlural: string;
}

/** @example units(36, { unitName: "sou", unitPlural: "sous" }, "fr") // "36 sous" */
export function units(amount: number, unit: Unit, locale: Locale): string {
  const n = Math.abs(amount);
  return `${formatCount(n, locale)}\u00a0${n >= 2 ? unit.unitPlural : unit.unitName}`;
}

/** @example signedUnits(-12, unit, "fr") // "− 12 sous" */
export function signedUnits(amount: number, unit: Unit, locale: Locale): string {
  return amount === 0 ? units(0, unit, locale) : `${amount > 0 ? "+" : "−"}\u00a0${units(amount, unit, locale)}`;
}

/** @example monthLabel("2026-11", "fr") // "novembre 2026" */
export function monthLabel(month: string, locale: Locale): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 15)));
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** This month in France, "YYYY-MM". */
export function thisMonth(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit" }).formatToParts(now);
  return `${parts.find((p) => p.type === "year")?.value}-${parts.find((p) => p.type === "month")?.value}`;
}

/** Today in France, "YYYY-MM-DD" (the value of a date field, never shown as such). */
export function todayInFrance(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(now);
}

/** A calendar date 'YYYY-MM-DD' as a Date at noon UTC, so it formats to the same day in France. */
export const calendarDay = (date: string): Date => new Date(`${date}T12:00:00Z`);

const LEDGER_CODES = new Set(["credit_limit_reached", "credit_ceiling_reached", "balance_outside_limits", "claim_decided"]);

/** The ledger's refusals in words (with what is left, which the server gives in `detail`), else the usual sentence. */
export function describeLedgerError(t: TFunction, error: unknown): string {
  const code = isApiError(error) ? error.problem?.code : undefined;
  if (code && LEDGER_CODES.has(code)) return t(`ledger.errors.${code}`, { amount: /(\d+)/.exec(error && isApiError(error) ? (error.problem?.detail ?? "") : "")?.[1] ?? "" });
  return describeError(t, error);
}
