/**
 * Deliveries that came after their day's rounds were published: an order of a household served at
 * home, or a partner's parcel at a household's door, whose passage no round carries and no run has
 * looked at (a run leaves a reason on every stop it could not place). Nothing puts it on a round by
 * itself, since the driver already has the round: the carrier's coordinators are told, on the
 * planning screen (the day's stops left out) and in the week's alerts, and take it in by planning
 * the day again, which changes nothing for drivers and residents until the new plan is published.
 */
import type { LateDeliveriesDay } from "@tournee/domain";
import { isoDate } from "../../db/db-date.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { DayPlan, PlanPassage } from "./day-plan.js";

const SENT_OUT = ["published", "in_progress", "closed"] as const;

/** Whether drivers have the day's rounds: one of them is published, under way or done. */
export const daySentOut = (plan: DayPlan): boolean => plan.tours.some((t) => (SENT_OUT as readonly string[]).includes(t.status));

export const addedAfterPublication = (p: PlanPassage, sentOut: boolean): boolean => sentOut && p.plannable && !p.vehicleId && !p.unassignedReason;

/** What a passage must be to count: to plan (a halt, an order, a visit at its rhythm), on no round, never seen by a run. */
export const LATE_PASSAGE: Prisma.PassageWhereInput = {
  status: "scheduled", tourId: null, unassignedReason: null,
  OR: [{ stop: { kind: "halt" } }, { orders: { some: { status: { not: "cancelled" } } } }, { regularVisit: true }],
};

/** The coming days (from `from`) of these organisations with deliveries no published round carries yet. */
export async function lateDeliveryDays(db: Prisma.TransactionClient, organisationId: Prisma.StringFilter | string, from: Date): Promise<LateDeliveriesDay[]> {
  const tours = await db.tour.findMany({ where: { organisationId, date: { gte: from }, status: { in: [...SENT_OUT] } }, select: { organisationId: true, date: true, status: true } });
  if (!tours.length) return [];
  const days = [...new Map(tours.map((t) => [`${t.organisationId}:${isoDate(t.date)}`, { organisationId: t.organisationId, date: t.date }])).values()];
  const late = await db.passage.groupBy({ by: ["organisationId", "date"], where: { AND: [LATE_PASSAGE, { OR: days }] }, _count: { _all: true } });
  return late
    .map((row) => ({
      date: isoDate(row.date), count: row._count._all,
      started: tours.some((t) => t.organisationId === row.organisationId && t.date.getTime() === row.date.getTime() && t.status !== "published"),
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
