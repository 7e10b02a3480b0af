/** What the partner's coordinator chooses from to place a delivery: the shared round's coming halts, its households, its products. */
import { weekdayOf } from "@tournee/domain/calendar";
import type { PooledDesk } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { isoDate } from "../../db/db-date.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { coveredPassages, findPartnership, sideOf } from "./partnership-records.js";

export async function getPooledDesk({ services, actor, id }: { services: Services; actor: Actor; id: string }): Promise<PooledDesk> {
  const prisma = services.db.prisma;
  const partnership = await findPartnership(prisma, actor, id);
  if (sideOf(actor, partnership) !== "partner") throw new ApiError("forbidden", "the partner places its own deliveries; the carrier's round carries them");
  if (partnership.status !== "active") return { passages: [], households: [], offers: [] };
  const [passages, households, offers] = await Promise.all([
    prisma.passage.findMany({
      where: { AND: [coveredPassages(partnership), { status: "scheduled", cutoffAt: { gt: services.now() }, stop: { kind: "halt" } }] },
      include: { stop: true, template: { select: { name: true } } },
      orderBy: [{ date: "asc" }, { windowStart: "asc" }],
      take: 200,
    }),
    prisma.household.findMany({ where: { organisationId: partnership.partnerId, archivedAt: null }, select: { id: true, name: true, city: true, mobility: true }, orderBy: { name: "asc" } }),
    prisma.offer.findMany({ where: { organisationId: partnership.partnerId, active: true, product: { active: true } }, include: { product: true }, orderBy: { product: { name: "asc" } } }),
  ]);
  return {
    passages: passages
      .filter((p) => partnership.weekdays.includes(weekdayOf(isoDate(p.date))))
      .map((p) => ({ id: p.id, date: isoDate(p.date), stopName: p.stop.name, city: p.stop.city, round: p.template?.name ?? null, windowStart: p.windowStart.toISOString(), windowEnd: p.windowEnd.toISOString(), cutoffAt: p.cutoffAt.toISOString() })),
    households: households.map(({ mobility, ...h }) => ({ ...h, homeDrop: mobility === "needs_home_drop" })),
    offers: offers.map((o) => ({ id: o.id, productName: o.product.name, unit: o.product.unit, referencePriceCents: o.product.referencePriceCents })),
  };
}
