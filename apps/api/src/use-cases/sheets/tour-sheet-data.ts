/**
 * A tour as its sheets need it: stops in driving order (passages and bread steps), with what to
 * hand over to whom. Deliberately without prices, payments or eligibility: nothing on paper
 * may reveal who is a beneficiary or at what rate.
 */
import type { Actor } from "../../auth/actor.js";
import { visibleTours } from "../../auth/scopes.js";
import { notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";

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
  crates: number;
  /** Per household, for passages; bread lines for bread deliveries. */
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
  const passages = await prisma.passage.findMany({ where: { tourId: id }, include: { stop: true, orders: orderInclude } });
  const breadPassages = await prisma.passage.findMany({ where: { id: { in: tour.steps.map((s) => s.passageId) } }, include: { orders: orderInclude } });
  const sites = await prisma.site.findMany({ where: { id: { in: tour.steps.flatMap((s) => (s.siteId ? [s.siteId] : [])) } } });
  const linesOf = (orders: (typeof passages)[number]["orders"], bread: boolean): SheetLine[] =>
    orders.flatMap((o) => o.lines.filter((l) => (l.product.compartment === "bread") === bread).map((l) => ({
      household: o.household.name, productName: l.product.name, unit: l.product.unit, compartment: l.product.compartment, quantity: l.quantity,
    })));
  const stops: SheetStop[] = [
    ...passages.map((p) => ({
      sequence: p.sequence ?? 0, kind: p.stop.kind, name: p.stop.name, city: p.stop.city, accessNotes: p.stop.accessNotes,
      arrival: p.plannedArrival, departure: p.plannedDeparture, windowStart: p.windowStart, windowEnd: p.windowEnd, crates: 0,
      lines: linesOf(p.orders, false),
      householdNotes: p.stop.kind === "home_drop" ? p.orders.flatMap((o) => (o.household.accessNotes ? [{ household: o.household.name, accessNotes: o.household.accessNotes }] : [])) : [],
    })),
    ...tour.steps.map((s) => {
      const site = sites.find((x) => x.id === s.siteId);
      const passage = breadPassages.find((p) => p.id === s.passageId);
      const pickup = s.kind === "bread_pickup";
      return {
        sequence: s.sequence, kind: s.kind, name: pickup ? (site?.name ?? "Fournil") : s.passage.stop.name, city: pickup ? (site?.addressLine ?? "") : s.passage.stop.city,
        accessNotes: pickup ? null : s.passage.stop.accessNotes, arrival: s.plannedArrival, departure: s.plannedDeparture,
        windowStart: pickup ? null : s.passage.windowStart, windowEnd: pickup ? null : s.passage.windowEnd, crates: s.crates,
        lines: passage ? linesOf(passage.orders, true) : [], householdNotes: [],
      };
    }),
  ].sort((a, b) => a.sequence - b.sequence);
  return { tour, stops, timeZone: tour.organisation.timeZone };
}
