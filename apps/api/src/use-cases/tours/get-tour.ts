/** A tour with its passages and what to hand over at each, for its driver and coordinators. */
import type { Actor } from "../../auth/actor.js";
import { visibleTours } from "../../auth/scopes.js";
import { notFound } from "../../http/errors.js";
import { roundDelay } from "../notifications/round-delay.js";
import type { Services } from "../../services.js";
import { readReloads } from "../planning/tour-reloads.js";
import { tourPickups } from "./farm-pickups.js";
import { tourSummaryInclude, tourSummaryView } from "./tour-views.js";

export async function getTour({ services, actor, id }: { services: Services; actor: Actor; id: string }) {
  const tour = await services.db.prisma.tour.findFirst({
    where: { AND: [{ id }, visibleTours(actor)] },
    include: {
      ...tourSummaryInclude,
      steps: { orderBy: { sequence: "asc" } },
      passages: {
        orderBy: [{ sequence: "asc" }, { windowStart: "asc" }],
        include: {
          stop: true,
          orders: {
            where: { status: { not: "cancelled" } },
            include: { household: true, lines: { include: { product: true } } },
            orderBy: { household: { name: "asc" } },
          },
        },
      },
    },
  });
  if (!tour) throw notFound("tour");
  const delay = roundDelay(tour.status, tour.passages);
  return {
    ...tourSummaryView(tour),
    geometry: tour.geometry,
    geometryProvider: tour.geometryProvider,
    plannedDurationS: tour.plannedDurationS,
    delayMinutes: delay?.minutes ?? null,
    pickups: await tourPickups(services.db.prisma, tour.steps),
    reloads: readReloads(tour.reloads),
    breadSteps: tour.steps.map((s) => ({
      id: s.id, kind: s.kind, sequence: s.sequence, passageId: s.passageId, crates: s.crates,
      plannedArrival: s.plannedArrival.toISOString(), plannedDeparture: s.plannedDeparture.toISOString(), loadAfter: s.loadAfter as Record<string, number>,
    })),
    passages: tour.passages.map((p) => ({
      id: p.id,
      sequence: p.sequence,
      stop: {
        id: p.stop.id,
        kind: p.stop.kind,
        name: p.stop.name,
        city: p.stop.city,
        latitude: p.stop.latitude,
        longitude: p.stop.longitude,
        accessNotes: p.stop.accessNotes,
      },
      windowStart: p.windowStart.toISOString(),
      windowEnd: p.windowEnd.toISOString(),
      plannedArrival: p.plannedArrival?.toISOString() ?? null,
      plannedDeparture: p.plannedDeparture?.toISOString() ?? null,
      expectedArrival: delay?.expected.get(p.id)?.toISOString() ?? null,
      outcome: p.outcome,
      loadAfter: (p.loadAfter as Record<string, number> | null) ?? null,
      handovers: p.orders.map((o) => ({
        orderId: o.id,
        household: { id: o.household.id, name: o.household.name, accessNotes: o.household.accessNotes },
        lines: o.lines.map((l) => ({ productName: l.product.name, unit: l.product.unit, compartment: l.product.compartment, quantity: l.quantity })),
        status: o.status,
      })),
    })),
  };
}
