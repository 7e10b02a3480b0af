/**
 * A tour as its sheets need it: stops in driving order, numbered as everywhere else (see
 * planning/stop-numbers.ts): one stop at the bakery with what to load, then each passage with
 * what to hand over to whom, its bread included. Deliberately without prices, payments or
 * eligibility: nothing on paper may reveal who is a beneficiary or at what rate.
 */
import type { Actor } from "../../auth/actor.js";
import { visibleTours } from "../../auth/scopes.js";
import { notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { bakeryOfProducts, breadPickups, type BreadPickup } from "../tours/bread-pickups.js";

export interface SheetLine { household: string; productName: string; unit: string; compartment: string; quantity: number }

export interface SheetStop {
  sequence: number;
  kind: "halt" | "home_drop" | "bread_pickup" | "bread_delivery";
  name: string;
  city: string;
  accessNotes: string | null;
  arrival: Date | null;
  departure: Date | null;
  windowStart: Date | null;
  windowEnd: Date | null;
  /** What to load, for the stop at a bakery. */
  pickup: BreadPickup | null;
  /** Per household: what to hand over (bread included, unless another step brings it). */
  lines: SheetLine[];
  householdNotes: { household: string; accessNotes: string }[];
}

export async function tourSheetData(services: Services, actor: Actor, id: string) {
  const prisma = services.db.prisma;
  const tour = await prisma.tour.findFirst({
    where: { AND: [{ id }, visibleTours(actor)] },
    include: { vehicle: true, driver: { select: { displayName: true } }, organisation: true, steps: { include: { passage: { include: { stop: true } } } } },
  });
  if (!tour) throw notFound("tour");
  const orderInclude = { where: { status: { not: "cancelled" as const } }, include: { household: true, lines: { include: { product: true } } }, orderBy: { household: { name: "asc" as const } } };
  const handovers = tour.steps.filter((s) => s.kind === "bread_delivery");
  const passages = await prisma.passage.findMany({ where: { OR: [{ tourId: id }, { id: { in: handovers.map((s) => s.passageId) } }] }, include: { stop: true, orders: orderInclude, tourSteps: { where: { kind: "bread_delivery" } } } });
  const makers = await bakeryOfProducts(prisma, passages.flatMap((p) => p.orders.flatMap((o) => o.lines.map((l) => l.product.organisationId))));
  type Passage = (typeof passages)[number];
  /** Bread from `siteId` when given; otherwise everything the passage's own stop hands over. */
  const linesOf = (p: Passage, siteId?: string): SheetLine[] =>
    p.orders.flatMap((o) => o.lines.filter((l) => {
      const bakery = l.product.compartment === "bread" ? makers.get(l.product.organisationId) : undefined;
      if (siteId) return bakery === siteId;
      // Bread handed over by a step of its own (from a second bakery, or by another tour) is listed there.
      return !bakery || !p.tourSteps.some((s) => s.siteId === bakery && !(s.tourId === p.tourId && s.sequence === p.sequence));
    }).map((l) => ({ household: o.household.name, productName: l.product.name, unit: l.product.unit, compartment: l.product.compartment, quantity: l.quantity })));
  const stop = (p: Passage) => ({ name: p.stop.name, city: p.stop.city, accessNotes: p.stop.accessNotes, windowStart: p.windowStart, windowEnd: p.windowEnd });
  const stops: SheetStop[] = [
    ...passages.filter((p) => p.tourId === id).map((p) => ({
      sequence: p.sequence ?? 0, kind: p.stop.kind, ...stop(p), arrival: p.plannedArrival, departure: p.plannedDeparture, pickup: null,
      lines: linesOf(p),
      householdNotes: p.stop.kind === "home_drop" ? p.orders.flatMap((o) => (o.household.accessNotes ? [{ household: o.household.name, accessNotes: o.household.accessNotes }] : [])) : [],
    })),
    ...handovers.flatMap((s) => {
      const passage = passages.find((p) => p.id === s.passageId)!;
      if (passage.tourId === id && passage.sequence === s.sequence) return [];
      return [{ sequence: s.sequence, kind: s.kind, ...stop(passage), arrival: s.plannedArrival, departure: s.plannedDeparture, pickup: null, lines: linesOf(passage, s.siteId ?? ""), householdNotes: [] }];
    }),
    ...(await breadPickups(prisma, tour.steps)).map((pickup) => ({
      sequence: pickup.sequence, kind: "bread_pickup" as const, name: pickup.siteName, city: pickup.address, accessNotes: null,
      arrival: pickup.plannedArrival ? new Date(pickup.plannedArrival) : null, departure: pickup.plannedDeparture ? new Date(pickup.plannedDeparture) : null,
      windowStart: null, windowEnd: null, pickup, lines: [], householdNotes: [],
    })),
  ].sort((a, b) => a.sequence - b.sequence);
  return { tour, stops, timeZone: tour.organisation.timeZone };
}

