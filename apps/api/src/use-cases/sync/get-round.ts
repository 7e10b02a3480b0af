/** "Prepare my round": a published round with what the driver needs at each stop, and a pull cursor. */
import { amountDue, type Round } from "@tournee/sync";
import type { Actor } from "../../auth/actor.js";
import { visibleTours } from "../../auth/scopes.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { tourPickups } from "../tours/farm-pickups.js";
import { currentCursor } from "./current-cursor.js";
import { partnerTakings, roundTakings } from "./round-takings.js";
import { isoDate } from "../../db/db-date.js";
import { mapBackground } from "../maps/map-background.js";
import { readReloads } from "../planning/tour-reloads.js";

export async function getRound({ services, actor, tourId }: { services: Services; actor: Actor; tourId: string }): Promise<Round> {
  const { prisma } = services.db;
  const now = services.now();
  const cursor = await currentCursor(prisma, now);
  const tour = await prisma.tour.findFirst({
    where: { AND: [{ id: tourId }, visibleTours(actor)] },
    include: {
      vehicle: { select: { name: true, homeSite: { select: { latitude: true, longitude: true } } } },
      steps: true,
      passages: {
        where: { status: "scheduled" },
        orderBy: [{ sequence: "asc" }, { windowStart: "asc" }],
        include: {
          stop: true,
          orders: {
            where: { status: { not: "pending" } },
            orderBy: { household: { name: "asc" } },
            include: { organisation: { select: { name: true } }, household: { select: { id: true, name: true, accessNotes: true } }, lines: { include: { product: true }, orderBy: { id: "asc" } }, handover: true, payments: true },
          },
        },
      },
    },
  });
  if (!tour) throw notFound("tour");
  if (tour.status === "draft" || tour.status === "planned") throw new ApiError("conflict", "this round is not published yet: ask the coordinator to publish it");
  return {
    tour: {
      id: tour.id,
      date: isoDate(tour.date),
      version: tour.version,
      status: tour.status,
      vehicleName: tour.vehicle?.name ?? null,
      geometry: tour.geometry,
      plannedDistanceM: tour.plannedDistanceM,
      plannedDurationS: tour.plannedDurationS,
      routingProvider: tour.routingProvider,
      estimatedShare: tour.estimatedShare,
      geometryProvider: tour.geometryProvider,
      plannedStart: tour.plannedStartAt?.toISOString() ?? null,
      plannedEnd: tour.plannedEndAt?.toISOString() ?? null,
    },
    passages: tour.passages.map((p) => ({
      id: p.id,
      sequence: p.sequence,
      kind: p.stop.kind,
      stopName: p.stop.name,
      city: p.stop.city,
      latitude: p.stop.latitude,
      longitude: p.stop.longitude,
      accessNotes: p.stop.accessNotes,
      windowStart: p.windowStart.toISOString(),
      windowEnd: p.windowEnd.toISOString(),
      plannedArrival: p.plannedArrival?.toISOString() ?? null,
      outcome: p.outcome,
      arrivedAt: p.arrivedAt?.toISOString() ?? null,
      orders: p.orders.map((o) => ({
        id: o.id,
        status: o.status,
        // A household's access notes only matter at its own door.
        household: { id: o.household.id, name: o.household.name, accessNotes: p.stop.kind === "home_drop" ? o.household.accessNotes : null },
        lines: o.lines.map((l) => ({ id: l.id, productId: l.productId, productName: l.product.name, unit: l.product.unit, compartment: l.product.compartment, quantity: l.quantity, deliveredQuantity: l.deliveredQuantity, short: Math.min(l.shortQuantity, l.quantity) })),
        dueCents: amountDue(o.lines.map((l) => ({ unitPriceCents: l.unitPriceCents, quantity: l.quantity, delivered: l.deliveredQuantity ?? l.quantity - Math.min(l.shortQuantity, l.quantity) }))),
        paidCents: o.payments.reduce((sum, pay) => sum + pay.amountCents - pay.heldCents, 0),
        outcome: o.handover?.outcome ?? null,
        carriedFor: o.organisationId === tour.organisationId ? null : o.organisation.name,
      })),
    })),
    pickups: await withReceipts(prisma, tour.id, await tourPickups(prisma, tour.steps)),
    reloads: readReloads(tour.reloads).map(({ plannedDeparture: _, ...reload }) => ({ ...reload, ...(tour.vehicle ? { latitude: tour.vehicle.homeSite.latitude, longitude: tour.vehicle.homeSite.longitude } : {}) })),
    takings: (await roundTakings(prisma, [tour.id])).get(tour.id)!,
    takingsFor: (await partnerTakings(prisma, [tour.id])).get(tour.id)!,
    tiles: mapBackground(services.config),
    cursor: cursor.text,
    downloadedAt: now.toISOString(),
  };
}


/** The pickups as the phone shows them, with what was recorded as received at each farm (after a reinstall too). */
async function withReceipts(prisma: Services["db"]["prisma"], tourId: string, pickups: Awaited<ReturnType<typeof tourPickups>>) {
  const receipts = await prisma.supplyReceipt.findMany({ where: { tourId }, select: { received: true, offer: { select: { productId: true } } } });
  const received = new Map(receipts.map((r) => [r.offer.productId, r.received]));
  return pickups.map(({ plannedDeparture: _, ...pickup }) => ({
    ...pickup,
    products: pickup.products.map((x) => ({ ...x, received: pickup.source === "farm" ? (received.get(x.productId) ?? null) : null })),
  }));
}
