/**
 * Who has not ordered yet for a passage, so a coordinator can call them: the households expected
 * there (those whose usual halt it is, or whose door it is) with no live order on it, with their
 * phone number and what "same as last time" would repeat.
 */
import { localDateOf } from "@tournee/domain/calendar";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { passageView } from "../catalogue/household-passages.js";
import { isoDate } from "./household-rights.js";

export async function listNonOrderers({ services, actor, passageId }: { services: Services; actor: Actor; passageId: string }) {
  const prisma = services.db.prisma;
  const passage = await prisma.passage.findFirst({ where: { id: passageId, organisationId: coordinatedOrganisations(actor) }, include: { stop: true, tour: { select: { status: true } } } });
  if (!passage) throw notFound("passage");
  const expected = await prisma.household.findMany({
    where: { organisationId: passage.organisationId, archivedAt: null, ...(passage.stop.kind === "home_drop" ? { id: passage.stop.householdId ?? "" } : { usualStopId: passage.stopId }) },
    include: { orders: { where: { passageId, amapSubscriptionId: null }, select: { status: true } } },
    orderBy: { name: "asc" },
  });
  const waiting = expected.filter((h) => h.orders.every((o) => o.status === "cancelled"));
  const lastOrders = await prisma.order.findMany({
    where: { householdId: { in: waiting.map((h) => h.id) }, status: { not: "cancelled" }, passageId: { not: passageId }, amapSubscriptionId: null },
    orderBy: [{ passage: { date: "desc" } }, { createdAt: "desc" }],
    distinct: ["householdId"],
    select: { id: true, householdId: true, totalCents: true, passage: { select: { date: true } }, _count: { select: { lines: true } } },
  });
  const last = new Map(lastOrders.map((o) => [o.householdId, o]));
  const now = services.now();
  const roundLeft = passage.tour?.status === "in_progress" || passage.tour?.status === "closed" || isoDate(passage.date) < localDateOf(now);
  return {
    passage: { ...passageView(passage, now), roundLeft },
    expected: expected.length,
    ordered: expected.length - waiting.length,
    households: waiting.map((h) => {
      const order = last.get(h.id);
      return {
        householdId: h.id, name: h.name, phone: h.phone, contactChannel: h.contactChannel,
        expectedBecause: passage.stop.kind === "home_drop" ? ("home_drop" as const) : ("usual_halt" as const),
        lastOrder: order ? { orderId: order.id, date: isoDate(order.passage.date), lineCount: order._count.lines, totalCents: order.totalCents } : null,
      };
    }),
  };
}
