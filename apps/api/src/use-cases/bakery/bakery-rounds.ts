/**
 * The rounds that carry a bakery's bread: its own, and those of every organisation that offers
 * its bread, with their weekday, published departure and, once their next day is planned, when
 * they stop at the bakery to collect it.
 */
import type { BakeryRound } from "@tournee/domain";
import { addDays, localDateOf, occurrences, type IsoWeekday } from "@tournee/domain/calendar";
import type { Actor } from "../../auth/actor.js";
import { dbDate, isoDate } from "../../db/db-date.js";
import type { Services } from "../../services.js";
import { timeOfMinute } from "../planning/coordinated-organisation.js";
import { consoleBakery } from "./bread-scope.js";

export async function listBakeryRounds({ services, actor }: { services: Services; actor: Actor }): Promise<BakeryRound[]> {
  const prisma = services.db.prisma;
  const bakery = await consoleBakery(services, actor);
  const offers = await prisma.offer.findMany({ where: { active: true, product: { organisationId: bakery.id, active: true } }, include: { product: { select: { name: true } } } });
  const carriers = [...new Set([bakery.id, ...offers.map((o) => o.organisationId)])];
  const templates = await prisma.tourTemplate.findMany({
    where: { organisationId: { in: carriers }, active: true },
    include: { organisation: { select: { id: true, name: true, kind: true } }, vehicle: { select: { name: true } }, _count: { select: { halts: true } } },
    orderBy: [{ weekday: "asc" }, { departureMinute: "asc" }, { name: "asc" }],
  });
  const today = localDateOf(services.now());
  const site = await prisma.site.findFirst({ where: { organisationId: bakery.id, kind: "bakery" } });
  return Promise.all(templates.map(async (t) => {
    // The next date with passages (its round is being prepared), else the next one on the calendar.
    const next = await prisma.passage.findFirst({ where: { templateId: t.id, status: "scheduled", date: { gte: dbDate(today) } }, orderBy: { date: "asc" }, select: { date: true } });
    const [coming] = occurrences({ weekday: t.weekday as IsoWeekday, everyWeeks: t.everyWeeks, startDate: isoDate(t.startDate) }, today, addDays(today, 7 * t.everyWeeks));
    const nextDate = next ? isoDate(next.date) : coming && (!t.endDate || coming <= isoDate(t.endDate)) ? coming : undefined;
    const homeDrops = nextDate ? await prisma.passage.count({ where: { templateId: t.id, date: dbDate(nextDate), status: "scheduled", stop: { kind: "home_drop" } } }) : 0;
    const pickup = nextDate && site
      ? await prisma.tourStep.findFirst({ where: { kind: "bread_pickup", siteId: site.id, passage: { templateId: t.id, date: dbDate(nextDate) } }, orderBy: { plannedArrival: "asc" } })
      : null;
    return {
      templateId: t.id, carrier: t.organisation, name: t.name, weekday: t.weekday, everyWeeks: t.everyWeeks, departure: timeOfMinute(t.departureMinute),
      vehicleName: t.vehicle?.name ?? null, halts: t._count.halts, nextDate: nextDate ?? null, homeDrops, nextCollectAt: pickup?.plannedArrival.toISOString() ?? null,
      breads: t.organisationId === bakery.id ? [] : offers.filter((o) => o.organisationId === t.organisationId).map((o) => o.product.name).sort((a, b) => a.localeCompare(b, "fr")),
    };
  }));
}
