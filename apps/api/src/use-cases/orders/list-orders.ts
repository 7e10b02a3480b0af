/**
 * Orders the signed-in person may see: the organisation's their console shows for a coordinator, their own and
 * delegated households' for residents and relays. Drivers see orders through their tours only.
 */
import type { OrderListQuerySchema, OrderSummaryQuerySchema } from "@tournee/domain";
import type { z } from "zod";
import { consoleOrganisations, type Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { forbidden } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { dbDate, isoDate } from "./household-rights.js";
import { orderInclude, orderView, stopView } from "./order-view.js";
import { isStaffOf } from "./ordering-household.js";

export function visibleOrders(actor: Actor): Prisma.OrderWhereInput {
  return {
    OR: [{ organisationId: { in: consoleOrganisations(actor) } }, { householdId: { in: actor.households.map((h) => h.id) } }],
  };
}

export async function listOrders({ services, actor, query }: { services: Services; actor: Actor; query: z.output<typeof OrderListQuerySchema> }) {
  const orders = await services.db.prisma.order.findMany({
    where: {
      AND: [
        visibleOrders(actor),
        // A household's own orders: its AMAP baskets are read from the AMAP's screens.
        { amapSubscriptionId: null },
        query.householdId ? { householdId: query.householdId } : {},
        query.passageId ? { passageId: query.passageId } : {},
        query.date ? { passage: { date: dbDate(query.date) } } : {},
        query.status ? { status: query.status } : {},
      ],
    },
    include: orderInclude,
    orderBy: [{ passage: { date: "desc" } }, { createdAt: "desc" }],
    take: 500,
  });
  const now = services.now();
  return orders.map((o) => orderView(o, isStaffOf(actor, o.organisationId), now));
}

/** Per passage of a date: orders received against households expected (usual halt or home drop). */
export async function summariseOrders({ services, actor, query }: { services: Services; actor: Actor; query: z.output<typeof OrderSummaryQuerySchema> }) {
  const organisations = coordinatedOrganisations(actor);
  if (query.organisationId && !isStaffOf(actor, query.organisationId)) throw forbidden("only the organisation's coordinators see its orders");
  const passages = await services.db.prisma.passage.findMany({
    where: { date: dbDate(query.date), organisationId: query.organisationId ?? organisations },
    include: {
      stop: { include: { _count: { select: { usualFor: { where: { archivedAt: null } } } } } },
      // AMAP baskets ride on the passage as orders, but a member with only a basket has not ordered yet.
      orders: { where: { amapSubscriptionId: null }, select: { status: true, totalCents: true, householdId: true } },
    },
    orderBy: [{ windowStart: "asc" }],
  });
  const expected = await services.db.prisma.household.findMany({
    where: { archivedAt: null, OR: [{ usualStopId: { in: passages.map((p) => p.stopId) } }, { homeStop: { id: { in: passages.map((p) => p.stopId) } } }] },
    select: { id: true, usualStopId: true, homeStop: { select: { id: true } } },
  });
  return passages.map((p) => {
    const live = p.orders.filter((o) => o.status !== "cancelled");
    const ordered = new Set(live.map((o) => o.householdId));
    const waiting = expected.filter((h) => (p.stop.kind === "home_drop" ? h.homeStop?.id === p.stopId : h.usualStopId === p.stopId) && !ordered.has(h.id));
    return {
      passageId: p.id,
      date: isoDate(p.date),
      stop: stopView(p.stop),
      cutoffAt: p.cutoffAt.toISOString(),
      expectedHouseholds: p.stop.kind === "home_drop" ? 1 : p.stop._count.usualFor,
      ordersReceived: live.length,
      notOrdered: waiting.length,
      ordersCancelled: p.orders.length - live.length,
      totalCents: live.reduce((sum, o) => sum + o.totalCents, 0),
    };
  });
}
