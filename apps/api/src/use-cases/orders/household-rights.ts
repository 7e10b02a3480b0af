/**
 * A household's right to social prices at one organisation on one passage date, and the part of
 * its monthly credit already used — read inside the caller's transaction so both are current.
 */
import { addDays, type LocalDate } from "@tournee/domain/calendar";
import { eligibilityState, usedReferenceInMonth, type Eligibility } from "@tournee/domain/pricing";
import { dbDate, isoDate } from "../../db/db-date.js";
import type { Prisma } from "../../generated/prisma/client.js";

type Db = Prisma.TransactionClient;

export { dbDate, isoDate };

/** The eligibility valid on `date` if there is one, otherwise the latest one (so expiry shows). */
export async function householdRights(db: Db, householdId: string, organisationId: string, date: LocalDate): Promise<Eligibility | null> {
  const rows = await db.eligibility.findMany({ where: { householdId, organisationId }, orderBy: { validTo: "desc" } });
  const rights = rows.map(
    (e): Eligibility => ({
      participationRatePercent: e.participationRatePercent,
      monthlyCapCents: e.monthlyCapCents,
      validFrom: isoDate(e.validFrom),
      validTo: isoDate(e.validTo),
      status: e.status,
    }),
  );
  return rights.find((e) => eligibilityState(e, date) === "valid") ?? rights[0] ?? null;
}

/** The cap that applies on `date`: only a valid eligibility's. */
export function capOn(rights: Eligibility | null, date: LocalDate): number | null {
  return rights && eligibilityState(rights, date) === "valid" ? rights.monthlyCapCents : null;
}

/** Social reference value of the household's other live orders whose passage is in the same Paris month. */
export async function creditUsedInMonth(db: Db, householdId: string, organisationId: string, date: LocalDate, exceptOrderId?: string): Promise<number> {
  const monthStart = `${date.slice(0, 7)}-01`;
  const nextMonth = addDays(monthStart, 32).slice(0, 7);
  const orders = await db.order.findMany({
    where: { householdId, organisationId, status: { not: "cancelled" }, passage: { date: { gte: dbDate(monthStart), lt: dbDate(`${nextMonth}-01`) } } },
    select: { id: true, capReferenceCents: true, passage: { select: { date: true } } },
  });
  const counted = orders.map((o) => ({ orderId: o.id, passageDate: isoDate(o.passage.date), socialReferenceCents: o.capReferenceCents }));
  return usedReferenceInMonth(counted, date, exceptOrderId);
}

export function creditLeft(cap: number | null, used: number): number | null {
  return cap === null ? null : Math.max(0, cap - used);
}
