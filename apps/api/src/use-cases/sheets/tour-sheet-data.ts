/**
 * A tour as its sheets need it: stops in driving order, numbered as everywhere else (see
 * planning/stop-numbers.ts): one stop at the bakery (or farm) with what to load, then each passage
 * with what to hand over to whom, its bread and farm goods included. Deliberately without prices, payments or
 * eligibility: nothing on paper may reveal who is a beneficiary or at what rate.
 */
import type { Actor } from "../../auth/actor.js";
import { visibleTours } from "../../auth/scopes.js";
import { notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { bakeryOfProducts, type BreadPickup } from "../tours/bread-pickups.js";
import { farmOfProducers, tourPickups } from "../tours/farm-pickups.js";
import { readReloads } from "../planning/tour-reloads.js";

export interface SheetLine {
  household: string; productName: string; unit: string; compartment: string; quantity: number;
  /** A farm's goods the round collects at the farm (not loaded at the warehouse): the farm's name. */
  farm?: string;
}

export interface SheetStop {
  sequence: number;
  kind: "halt" | "home_drop" | "bread_pickup" | "bread_delivery" | "farm_pickup" | "farm_delivery";
  name: string;
  city: string;
  accessNotes: string | null;
  arrival: Date | null;
  departure: Date | null;
  windowStart: Date | null;
  windowEnd: Date | null;
  /** What to load, for the stop at a bakery or a farm. */
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
  const delivered = ["bread_delivery", "farm_delivery"] as const;
  const handovers = tour.steps.filter((s) => s.kind === "bread_delivery" || s.kind === "farm_delivery");
  const passages = await prisma.passage.findMany({ where: { OR: [{ tourId: id }, { id: { in: handovers.map((s) => s.passageId) } }] }, include: { stop: true, orders: orderInclude, tourSteps: { where: { kind: { in: [...delivered] } } } } });
  const makers = await bakeryOfProducts(prisma, passages.flatMap((p) => p.orders.flatMap((o) => o.lines.map((l) => l.product.organisationId))));
  const farms = await farmOfProducers(prisma, tour.organisationId);
  const farmNames = new Map((await prisma.site.findMany({ where: { id: { in: [...farms.values()] } }, select: { id: true, name: true } })).map((s) => [s.id, s.name]));
  type Passage = (typeof passages)[number];
  type Line = Passage["orders"][number]["lines"][number];
  /** The bakery or farm site a line is collected at; undefined: loaded at the warehouse. */
  const sourceOf = (l: Line) => (l.product.compartment === "bread" ? makers.get(l.product.organisationId) : farms.get(l.product.organisationId));
  /** Goods from `siteId` when given; otherwise everything the passage's own stop hands over. */
  const linesOf = (p: Passage, siteId?: string): SheetLine[] =>
    p.orders.flatMap((o) => o.lines.filter((l) => {
      const source = sourceOf(l);
      if (siteId) return source === siteId;
      // Goods handed over by a step of their own (from a second bakery, or by another tour) are listed there.
      return !source || !p.tourSteps.some((s) => s.siteId === source && !(s.tourId === p.tourId && s.sequence === p.sequence));
    }).map((l) => {
      const farm = l.product.compartment === "bread" ? undefined : farmNames.get(sourceOf(l) ?? "");
      return { household: o.household.name, productName: l.product.name, unit: l.product.unit, compartment: l.product.compartment, quantity: l.quantity, ...(farm ? { farm } : {}) };
    }));
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
    ...(await tourPickups(prisma, tour.steps)).map((pickup) => ({
      sequence: pickup.sequence, kind: pickup.source === "farm" ? ("farm_pickup" as const) : ("bread_pickup" as const), name: pickup.siteName, city: pickup.address, accessNotes: null,
      arrival: pickup.plannedArrival ? new Date(pickup.plannedArrival) : null, departure: pickup.plannedDeparture ? new Date(pickup.plannedDeparture) : null,
      windowStart: null, windowEnd: null, pickup, lines: [], householdNotes: [],
    })),
  ].sort((a, b) => a.sequence - b.sequence);
  return { tour, stops, reloads: readReloads(tour.reloads), timeZone: tour.organisation.timeZone };
}

