/**
 * The relay's week on one screen: every household that delegated to the signed-in person, with
 * its passages of the next two weeks, whether ordering is still open and the order placed (the
 * amount to pay). Nothing of the household's eligibility or credit.
 */
import { addDays, localDateOf } from "@tournee/domain/calendar";
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { passageView } from "../catalogue/household-passages.js";
import { dbDate } from "../orders/household-rights.js";
import { passageOrderView, shortLinesSelect } from "../orders/order-view.js";

const DAYS_AHEAD = 14;

export async function listRelayHouseholds({ services, actor }: { services: Services; actor: Actor }) {
  const prisma = services.db.prisma;
  const now = services.now();
  const today = localDateOf(now);
  const delegations = await prisma.householdAccess.findMany({
    where: { userId: actor.userId, kind: "relay", revokedAt: null, household: { archivedAt: null } },
    include: { household: { include: { homeStop: { select: { id: true } } } } },
    orderBy: { household: { name: "asc" } },
  });
  const stopsOf = (h: (typeof delegations)[number]["household"]) => [h.usualStopId, h.homeStop?.id].filter((id): id is string => Boolean(id));
  const passages = await prisma.passage.findMany({
    where: {
      stopId: { in: delegations.flatMap((d) => stopsOf(d.household)) }, status: "scheduled",
      date: { gte: dbDate(today), lte: dbDate(addDays(today, DAYS_AHEAD)) },
    },
    include: {
      stop: true,
      tour: { select: { status: true } },
      orders: { where: { householdId: { in: delegations.map((d) => d.householdId) } }, select: { id: true, status: true, totalCents: true, householdId: true, lines: shortLinesSelect } },
    },
    orderBy: [{ date: "asc" }, { windowStart: "asc" }],
  });
  return delegations.map(({ household, covers, grantedAt }) => {
    const stops = stopsOf(household);
    return {
      id: household.id,
      name: household.name,
      city: household.city,
      covers: covers.filter((c): c is "order" | "pay" => c === "order" || c === "pay"),
      grantedAt: grantedAt.toISOString(),
      passages: passages
        .filter((p) => p.organisationId === household.organisationId && stops.includes(p.stopId) && p.windowEnd.getTime() > now.getTime())
        .map((p) => {
          const order = p.orders.find((o) => o.householdId === household.id);
          const published = p.tour?.status === "published" || p.tour?.status === "in_progress";
          return {
            ...passageView(p, now),
            plannedArrival: published && p.plannedArrival ? p.plannedArrival.toISOString() : null,
            order: order ? passageOrderView(order) : null,
          };
        }),
    };
  });
}
