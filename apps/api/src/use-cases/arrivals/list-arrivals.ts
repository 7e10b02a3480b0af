/**
 * When the truck is expected at a household's upcoming passages, once their round is published:
 * the planned arrival the optimiser gave, never a draft one (a draft may still move), and whether
 * it comes from road times or a straight-line estimate.
 */
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { orderingHousehold } from "../orders/ordering-household.js";

export async function listArrivals({ services, actor, householdId }: { services: Services; actor: Actor; householdId: string }) {
  const { household } = await orderingHousehold(services, actor, householdId);
  const stopIds = [household.usualStopId, household.homeStop?.id].filter((id): id is string => Boolean(id));
  const now = services.now();
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 1));
  const passages = await services.db.prisma.passage.findMany({
    where: {
      organisationId: household.organisationId, stopId: { in: stopIds }, status: "scheduled", date: { gte: since },
      plannedArrival: { not: null }, tour: { status: { in: ["published", "in_progress"] } },
    },
    select: { id: true, plannedArrival: true, tour: { select: { routingProvider: true } } },
    orderBy: { date: "asc" },
    take: 50,
  });
  return passages.map((p) => ({ passageId: p.id, plannedArrival: p.plannedArrival!.toISOString(), source: p.tour?.routingProvider ?? null }));
}
