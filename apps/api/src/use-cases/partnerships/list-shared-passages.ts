/**
 * A partner household's coming passages on the carriers' rounds, for its own coordinators (its
 * page): every passage where a parcel of its own is placed (at a halt or at its door), and the
 * passages of its usual halt that an active partnership covers, over the next four weeks. A
 * household of an organisation that no one carries for has none.
 */
import { addDays, localDateOf } from "@tournee/domain/calendar";
import type { SharedPassage } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { visibleHouseholds } from "../../auth/scopes.js";
import { dbDate, isoDate } from "../../db/db-date.js";
import { notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { PARTNERSHIP_INCLUDE, coveredPassages, covers } from "./partnership-records.js";

const WEEKS_AHEAD = 4;

export async function listSharedPassages({ services, actor, householdId }: { services: Services; actor: Actor; householdId: string }): Promise<SharedPassage[]> {
  const prisma = services.db.prisma;
  const household = await prisma.household.findFirst({ where: { AND: [{ id: householdId }, visibleHouseholds(actor)] } });
  if (!household) throw notFound("household");
  const partnerships = await prisma.partnership.findMany({ where: { partnerId: household.organisationId, status: "active" }, include: PARTNERSHIP_INCLUDE, orderBy: { createdAt: "asc" } });
  if (!partnerships.length) return [];
  const today = localDateOf(services.now());
  const ordered = { orders: { some: { householdId, status: { notIn: ["cancelled" as const, "pending" as const] } } } };
  const usualHalt = household.mobility === "comes_to_halt" && household.usualStopId ? [{ stopId: household.usualStopId }] : [];
  const passages = await prisma.passage.findMany({
    where: {
      status: "scheduled",
      date: { gte: dbDate(today), lte: dbDate(addDays(today, WEEKS_AHEAD * 7)) },
      AND: [{ OR: partnerships.map(coveredPassages) }, { OR: [ordered, ...usualHalt] }],
    },
    include: {
      stop: true,
      template: { select: { name: true } },
      orders: { where: { householdId, status: { notIn: ["cancelled", "pending"] } }, include: { lines: { include: { product: { select: { name: true, unit: true } } }, orderBy: { id: "asc" } } } },
    },
    orderBy: [{ date: "asc" }, { windowStart: "asc" }],
  });
  return passages.flatMap((p) => {
    const date = isoDate(p.date);
    const parcel = p.orders[0];
    // A parcel placed stays listed whatever became of the partnership since: it is carried.
    const partnership = partnerships.find((x) => x.carrierId === p.organisationId && (parcel || covers(x, { date, templateId: p.templateId })));
    if (!partnership) return [];
    return [{
      passageId: p.id,
      partnershipId: partnership.id,
      date,
      stopName: p.stop.name,
      city: p.stop.city,
      homeDrop: p.stop.kind === "home_drop",
      time: (p.publishedArrival ?? p.plannedArrival)?.toISOString() ?? null,
      windowStart: p.windowStart.toISOString(),
      windowEnd: p.windowEnd.toISOString(),
      round: p.template?.name ?? null,
      carrier: partnership.carrier.name,
      parcel: parcel ? { totalCents: parcel.totalCents, lines: parcel.lines.map((l) => ({ productName: l.product.name, unit: l.product.unit, quantity: l.quantity })) } : null,
    }];
  });
}
