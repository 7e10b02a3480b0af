/**
 * When the truck is expected at a household's upcoming passages, once their round is published:
 * the time told at the latest publication, never a draft one (a draft may still move), whether it
 * comes from road times or a straight-line estimate, and the time told before when that
 * publication moved it by more than 15 minutes. While the round is under way and runs more than
 * 15 minutes late, the delay and the time now expected (what the household's delay message says).
 */
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { roundDelay } from "../notifications/round-delay.js";
import { orderingHousehold } from "../orders/ordering-household.js";

export async function listArrivals({ services, actor, householdId }: { services: Services; actor: Actor; householdId: string }) {
  const { household } = await orderingHousehold(services, actor, householdId);
  const stopIds = [household.usualStopId, household.homeStop?.id].filter((id): id is string => Boolean(id));
  const now = services.now();
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 1));
  const passages = await services.db.prisma.passage.findMany({
    where: {
      organisationId: household.organisationId, stopId: { in: stopIds }, status: "scheduled", date: { gte: since },
      publishedArrival: { not: null }, tour: { status: { in: ["published", "in_progress"] } },
    },
    select: {
      id: true, publishedArrival: true, previousPublishedArrival: true,
      tour: { select: { routingProvider: true, status: true, passages: { select: { id: true, sequence: true, plannedArrival: true, arrivedAt: true } } } },
    },
    orderBy: { date: "asc" },
    take: 50,
  });
  return passages.map((p) => {
    const delay = p.tour ? roundDelay(p.tour.status, p.tour.passages) : null;
    const expected = delay?.expected.get(p.id);
    return {
      passageId: p.id, plannedArrival: p.publishedArrival!.toISOString(), source: p.tour?.routingProvider ?? null,
      previousArrival: p.previousPublishedArrival?.toISOString() ?? null,
      delay: expected ? { minutes: delay!.minutes, expectedArrival: expected.toISOString() } : null,
    };
  });
}
