/**
 * Renewal reminders for the referrer who filed an eligibility (and the grocery's coordinators):
 * eligibilities ending within 30 days, and those already expired that no later one replaces.
 * Read only through `visibleEligibilities`.
 */
import { daysBetween, localDateOf } from "@tournee/domain/calendar";
import { eligibilityState, needsRenewalReminder } from "@tournee/domain/pricing";
import type { Actor } from "../../auth/actor.js";
import { visibleEligibilities } from "../../auth/scopes.js";
import type { Services } from "../../services.js";
import { isoDate } from "../orders/household-rights.js";

export const REMINDER_DAYS = 30;
/** Expired eligibilities are recalled for this long, then left to the household's file. */
const EXPIRED_RECALL_DAYS = 90;

export async function listEligibilityReminders({ services, actor }: { services: Services; actor: Actor }) {
  const today = localDateOf(services.now());
  const rows = await services.db.prisma.eligibility.findMany({
    where: { AND: [visibleEligibilities(actor), { status: { not: "suspended" } }, { household: { archivedAt: null } }] },
    include: { household: { select: { name: true } } },
    orderBy: { validTo: "asc" },
  });
  const latest = new Map<string, string>();
  for (const e of rows) {
    const key = `${e.householdId}/${e.organisationId}`;
    const current = latest.get(key);
    if (!current || isoDate(e.validTo) > current) latest.set(key, isoDate(e.validTo));
  }
  return rows.flatMap((e) => {
    const rights = { participationRatePercent: e.participationRatePercent, monthlyCapCents: e.monthlyCapCents, validFrom: isoDate(e.validFrom), validTo: isoDate(e.validTo), status: e.status };
    const daysLeft = daysBetween(today, rights.validTo);
    const superseded = latest.get(`${e.householdId}/${e.organisationId}`) !== rights.validTo;
    const state = needsRenewalReminder(rights, today, REMINDER_DAYS)
      ? ("ending" as const)
      : eligibilityState(rights, today) === "expired" && daysLeft >= -EXPIRED_RECALL_DAYS ? ("expired" as const) : null;
    if (!state || superseded) return [];
    return [{ eligibilityId: e.id, householdId: e.householdId, householdName: e.household.name, organisationId: e.organisationId, validTo: rights.validTo, state, daysLeft }];
  });
}
