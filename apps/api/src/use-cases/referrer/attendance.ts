/**
 * Whether a household still comes, for its referrer: only if it agreed (a `share_with_referrer`
 * consent, given and not withdrawn), and only since that consent, over the last twelve weeks.
 * A collected order counts as came, one not collected as missed; what was ordered is never said.
 */
import { addDays, localDateOf } from "@tournee/domain/calendar";
import type { Attendance } from "@tournee/domain";
import { dbDate, isoDate } from "../../db/db-date.js";
import type { PrismaClient } from "../../generated/prisma/client.js";

export const ATTENDANCE_WEEKS = 12;
export const SHARE_WITH_REFERRER = "share_with_referrer";

export async function attendanceOf(prisma: PrismaClient, householdId: string, now: Date): Promise<Attendance> {
  const consent = await prisma.consent.findFirst({
    where: { householdId, purpose: SHARE_WITH_REFERRER, withdrawnAt: null, givenAt: { lte: now } },
    orderBy: { givenAt: "asc" },
  });
  if (!consent) return { shared: false };
  const today = localDateOf(now);
  const window = addDays(today, -7 * ATTENDANCE_WEEKS);
  const given = localDateOf(consent.givenAt);
  const since = given > window ? given : window;
  const orders = await prisma.order.findMany({
    where: { householdId, status: { in: ["delivered", "partially_delivered", "not_collected"] }, passage: { date: { gte: dbDate(since), lt: dbDate(today) } } },
    select: { status: true, passage: { select: { date: true } } },
    orderBy: { passage: { date: "desc" } },
  });
  return {
    shared: true,
    since,
    passages: orders.map((o) => ({ date: isoDate(o.passage.date), outcome: o.status === "not_collected" ? ("missed" as const) : ("attended" as const) })),
  };
}
