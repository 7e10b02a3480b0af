/**
 * A household's right to social prices at one organisation on one passage date, and the part of
 * its monthly credit already used — read inside the caller's transaction so both are current.
 */
import { addDays, type LocalDate } from "@tournee/domain/calendar";
import { eligibilityState, usedReferenceInMonth, type Eligibility } from "@tournee/domain/pricing";
import { dbDate, isoDate } from "../../db/db-date.js";
import { runSql, type SqlTx } from "../../db/sql-runner.js";
import { Prisma } from "../../generated/prisma/client.js";

type Db = Prisma.TransactionClient;

export { dbDate, isoDate };

/** The eligibility valid on `date` if there is one, otherwise the latest one (so expiry shows). */
export async function householdRights(db: Db, householdId: string, organisationId: string, date: LocalDate): Promise<Eligibility | null> {
  return rightsOn(await db.eligibility.findMany({ where: { householdId, organisationId }, orderBy: ELIGIBILITY_ORDER }), date);
}

const ELIGIBILITY_ORDER = { validTo: "desc" } as const;

function rightsOn(rows: Prisma.EligibilityGetPayload<object>[], date: LocalDate): Eligibility | null {
  return validOrLatest(
    rows.map((e) => ({ participationRatePercent: e.participationRatePercent, monthlyCapCents: e.monthlyCapCents, validFrom: isoDate(e.validFrom), validTo: isoDate(e.validTo), status: e.status })),
    date,
  );
}

function validOrLatest(rights: Eligibility[], date: LocalDate): Eligibility | null {
  return rights.find((e) => eligibilityState(e, date) === "valid") ?? rights[0] ?? null;
}

/** The cap that applies on `date`: only a valid eligibility's. */
export function capOn(rights: Eligibility | null, date: LocalDate): number | null {
  return rights && eligibilityState(rights, date) === "valid" ? rights.monthlyCapCents : null;
}

/** The first day of the Paris month of `date` and of the next one. */
function monthOf(date: LocalDate): { start: LocalDate; next: LocalDate } {
  const start = `${date.slice(0, 7)}-01`;
  return { start, next: `${addDays(start, 32).slice(0, 7)}-01` };
}

/** The household's live orders at the organisation whose passage is in the same Paris month as `date`. */
function liveInMonth(organisationId: string, date: LocalDate) {
  const month = monthOf(date);
  return { organisationId, status: { not: "cancelled" }, passage: { date: { gte: dbDate(month.start), lt: dbDate(month.next) } } } satisfies Prisma.OrderWhereInput;
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

interface StandingRow {
  eligibilities: Eligibility[];
  orders: { id: string; organisationId: string; passageId: string; amapSubscriptionId: string | null; status: string; version: number; capReferenceCents: number; passageDate: LocalDate; lines: { offerId: string; quantity: number }[] }[];
}

/**
 * What ordering on a passage depends on, in one statement (read after the household's row is
 * locked, so it is current): the household's rights at the organisation, its own order for the
 * passage (an AMAP basket on the same passage is another order) with its lines, and the credit its
 * other live orders of the month use.
 */
export async function orderingStanding(db: SqlTx, householdId: string, passage: { id: string; organisationId: string; date: Date }) {
  const date = isoDate(passage.date);
  const { organisationId } = passage;
  const month = monthOf(date);
  const [standing] = await runSql<StandingRow>(db, Prisma.sql`
    SELECT COALESCE((SELECT json_agg(json_build_object('participationRatePercent', e."participationRatePercent", 'monthlyCapCents', e."monthlyCapCents",
                                                       'validFrom', e."validFrom"::text, 'validTo', e."validTo"::text, 'status', e.status) ORDER BY e."validTo" DESC)
                     FROM "Eligibility" e WHERE e."householdId" = ${householdId}::uuid AND e."organisationId" = ${organisationId}::uuid), '[]'::json) AS eligibilities,
           COALESCE((SELECT json_agg(json_build_object('id', o.id, 'organisationId', o."organisationId", 'passageId', o."passageId", 'amapSubscriptionId', o."amapSubscriptionId",
                                                       'status', o.status, 'version', o.version, 'capReferenceCents', o."capReferenceCents", 'passageDate', p.date::text,
                                                       'lines', COALESCE((SELECT json_agg(json_build_object('offerId', l."offerId", 'quantity', l.quantity)) FROM "OrderLine" l WHERE l."orderId" = o.id), '[]'::json)))
                     FROM "Order" o JOIN "Passage" p ON p.id = o."passageId"
                     WHERE o."householdId" = ${householdId}::uuid
                       AND ((o."passageId" = ${passage.id}::uuid AND o."amapSubscriptionId" IS NULL)
                            OR (o."organisationId" = ${organisationId}::uuid AND o.status <> 'cancelled' AND p.date >= ${month.start}::date AND p.date < ${month.next}::date))), '[]'::json) AS orders`);
  const orders = standing?.orders ?? [];
  const existing = orders.find((o) => o.passageId === passage.id && o.amapSubscriptionId === null) ?? null;
  const live = orders.filter((o) => o.organisationId === organisationId && o.status !== "cancelled");
  const inMonth = live.map((o) => ({ orderId: o.id, passageDate: o.passageDate, socialReferenceCents: o.capReferenceCents }));
  return { rights: validOrLatest(standing?.eligibilities ?? [], date), existing, used: usedReferenceInMonth(inMonth, date, existing?.id) };
}

export function creditLeft(cap: number | null, used: number): number | null {
  return cap === null ? null : Math.max(0, cap - used);
}
