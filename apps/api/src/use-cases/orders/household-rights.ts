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
  return rightsOn(await db.eligibility.findMany({ where: { householdId, organisationId }, orderBy: ELIGIBILITY_ORDER }), date);
}

const ELIGIBILITY_ORDER = { validTo: "desc" } as const;

function rightsOn(rows: Prisma.EligibilityGetPayload<object>[], date: LocalDate): Eligibility | null {
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

/** The household's live orders at the organisation whose passage is in the same Paris month as `date`. */
function liveInMonth(organisationId: string, date: LocalDate) {
  const monthStart = `${date.slice(0, 7)}-01`;
  const nextMonth = addDays(monthStart, 32).slice(0, 7);
  return { organisationId, status: { not: "cancelled" }, passage: { date: { gte: dbDate(monthStart), lt: dbDate(`${nextMonth}-01`) } } } satisfies Prisma.OrderWhereInput;
}

const counted = (orders: { id: string; capReferenceCents: number; passage: { date: Date } }[]) =>
  orders.map((o) => ({ orderId: o.id, passageDate: isoDate(o.passage.date), socialReferenceCents: o.capReferenceCents }));

/** Social reference value of the household's other live orders whose passage is in the same Paris month. */
export async function creditUsedInMonth(db: Db, householdId: string, organisationId: string, date: LocalDate, exceptOrderId?: string): Promise<number> {
  const orders = await db.order.findMany({
    where: { householdId, ...liveInMonth(organisationId, date) },
    select: { id: true, capReferenceCents: true, passage: { select: { date: true } } },
  });
  return usedReferenceInMonth(counted(orders), date, exceptOrderId);
}

/**
 * What ordering on a passage depends on, in one statement (read after the household's row is
 * locked, so it is current): the household's rights at the organisation, its own order for the
 * passage (an AMAP basket on the same passage is another order) with its lines, and the credit its
 * other live orders of the month use.
 */
export async function orderingStanding(db: Db, householdId: string, passage: { id: string; organisationId: string; date: Date }) {
  const date = isoDate(passage.date);
  const { organisationId } = passage;
  const { eligibilities, orders } = await db.household.findUniqueOrThrow({
    where: { id: householdId },
    select: {
      eligibilities: { where: { organisationId }, orderBy: ELIGIBILITY_ORDER },
      orders: { where: { OR: [{ passageId: passage.id, amapSubscriptionId: null }, liveInMonth(organisationId, date)] }, include: { lines: true, passage: { select: { date: true } } } },
    },
  });
  const existing = orders.find((o) => o.passageId === passage.id && o.amapSubscriptionId === null) ?? null;
  const live = orders.filter((o) => o.organisationId === organisationId && o.status !== "cancelled");
  return { rights: rightsOn(eligibilities, date), existing, used: usedReferenceInMonth(counted(live), date, existing?.id) };
}

export function creditLeft(cap: number | null, used: number): number | null {
  return cap === null ? null : Math.max(0, cap - used);
}
