/** The producer's coming delivery dates across every grocery it supplies: demand, what it declared, when orders close. */
import type { ProducerWeek, ProducerWeekQuerySchema } from "@tournee/domain";
import { localDateOf } from "@tournee/domain/calendar";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { dbDate } from "../planning/coordinated-organisation.js";
import { purchaseOrderSubject } from "./purchase-orders.js";
import { actingProducer, dropOf, orderedValue, periodFrom, supplyDays } from "./supply-dates.js";

export async function producerWeek({ services, actor, query }: { services: Services; actor: Actor; query: z.output<typeof ProducerWeekQuerySchema> }): Promise<ProducerWeek> {
  const producer = await actingProducer(services, actor, query.producerId);
  const db = services.db.prisma;
  const now = services.now();
  const [from, to] = periodFrom(query.from ?? localDateOf(now));
  const agreements = await db.supplyAgreement.findMany({ where: { producerId: producer.id, active: true }, include: { organisation: true, dropSite: true } });
  const dates: ProducerWeek["dates"] = [];
  for (const a of agreements) {
    for (const day of await supplyDays(db, producer.id, a.organisationId, from, to)) {
      const calls = a.route !== "farm_pickup" ? [] : await db.tourStep.findMany({
        where: { kind: "farm_pickup", siteId: a.farmSiteId, tour: { organisationId: a.organisationId, date: dbDate(day.date), status: { in: ["published", "in_progress", "closed"] } } },
        include: { tour: { select: { vehicle: { select: { name: true } } } } }, orderBy: { plannedArrival: "asc" },
      });
      const collections = [...new Map(calls.map((s) => [`${s.tourId}|${s.sequence}`, { at: s.plannedArrival.toISOString(), vehicle: s.tour.vehicle?.name ?? null }])).values()];
      const po = await db.purchaseOrder.findUnique({ where: { organisationId_producerId_date: { organisationId: a.organisationId, producerId: producer.id, date: dbDate(day.date) } }, select: { id: true } });
      const messages = po ? await db.notification.findMany({
        where: { kind: "purchase_order", dedupeKey: { contains: `:${purchaseOrderSubject(po)}:` }, status: { in: ["sent", "delivered"] }, sentAt: { not: null } },
        select: { sentAt: true, address: true }, orderBy: { sentAt: "asc" },
      }) : [];
      dates.push({ collections, sent: messages.map((m) => ({ at: m.sentAt!.toISOString(), to: m.address })),
        buyerId: a.organisationId, buyerName: a.organisation.name, date: day.date, cutoffAt: day.cutoffAt.toISOString(), closed: now >= day.cutoffAt,
        rounds: day.rounds.map(({ name, stops }) => ({ name, stops })), route: a.route, drop: dropOf(a), lines: day.lines, orderedValueCents: orderedValue(day.lines),
      });
    }
  }
  dates.sort((x, y) => x.date.localeCompare(y.date) || x.buyerName.localeCompare(y.buyerName, "fr"));
  return { producer: { id: producer.id, name: producer.name }, dates };
}
