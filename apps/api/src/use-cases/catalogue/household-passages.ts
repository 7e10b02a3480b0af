/**
 * The upcoming passages a household can order for — at its usual halt and at its home drop —
 * with their window, cutoff, whether ordering is still open, and the household's order if any.
 */
import { addDays, localDateOf } from "@tournee/domain/calendar";
import type { HouseholdPassagesQuerySchema } from "@tournee/domain";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import type { Passage, Stop } from "../../generated/prisma/client.js";
import type { Services } from "../../services.js";
import { dbDate, isoDate } from "../orders/household-rights.js";
import { passageOrderView, shortLinesSelect, stopView } from "../orders/order-view.js";
import { orderingHousehold } from "../orders/ordering-household.js";
import { breadBakeries, closedBakeriesOn, closedBakeryList } from "./closed-bakeries.js";

const DEFAULT_DAYS_AHEAD = 28;

export function passageView(p: Passage & { stop: Stop }, now: Date) {
  return {
    id: p.id,
    date: isoDate(p.date),
    stop: stopView(p.stop),
    windowStart: p.windowStart.toISOString(),
    windowEnd: p.windowEnd.toISOString(),
    cutoffAt: p.cutoffAt.toISOString(),
    open: p.status === "scheduled" && now.getTime() < p.cutoffAt.getTime(),
  };
}

export async function listHouseholdPassages({ services, actor, query }: { services: Services; actor: Actor; query: z.output<typeof HouseholdPassagesQuerySchema> }) {
  const { household } = await orderingHousehold(services, actor, query.householdId);
  const now = services.now();
  const from = query.from ?? localDateOf(now);
  const to = query.to ?? addDays(from, DEFAULT_DAYS_AHEAD);
  const stopIds = [household.usualStopId, household.homeStop?.id].filter((id): id is string => Boolean(id));
  const passages = await services.db.prisma.passage.findMany({
    where: { organisationId: household.organisationId, stopId: { in: stopIds }, status: "scheduled", date: { gte: dbDate(from), lte: dbDate(to) } },
    include: { stop: true, orders: { where: { householdId: household.id, amapSubscriptionId: null }, select: { id: true, status: true, totalCents: true, lines: shortLinesSelect } } },
    orderBy: [{ date: "asc" }, { windowStart: "asc" }],
    take: 200,
  });
  // Bread of a bakery closed on a passage's weekday cannot be ordered for it: each passage says so.
  const bread = await services.db.prisma.offer.findMany({ where: { organisationId: household.organisationId, active: true, product: { compartment: "bread", active: true } }, select: { product: { select: { organisationId: true } } } });
  const bakeries = await breadBakeries(services.db.prisma, household.organisationId, [...new Set(bread.map((o) => o.product.organisationId))]);
  return passages.map((p) => {
    const date = isoDate(p.date);
    return { ...passageView(p, now), order: p.orders[0] ? passageOrderView(p.orders[0]) : null, closedBakeries: closedBakeryList(closedBakeriesOn(bakeries, date), date) };
  });
}
