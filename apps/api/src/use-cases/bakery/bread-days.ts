/**
 * Bread ordered for bake days: per bakery and day, per round that carries it (the bakery's own
 * and its partners'), per halt and per product, with the cutoffs and when each round collects
 * it. The one computation behind the bakery's week, its production list and sheet, and a
 * grocery's "production de la boulangerie" (which sees its own rounds only): the same day gives
 * the same figures everywhere.
 *
 * Rounds that carry a bakery's bread show even before anyone ordered (their halts at 0, still
 * open), so the bakery sees what is coming. A partner's home drop is not named to the bakery.
 * A day the bakery is closed (opening-hours.ts) is flagged `bakeryClosed`: no round collects that
 * bread, ordered before its hours changed; it is listed for the bakery to know, not to bake.
 */
import type { BreadDay, BreadQuantity, BreadRound, BreadStop } from "@tournee/domain";
import { weekdayOf } from "@tournee/domain/calendar";
import { dbDate, isoDate } from "../../db/db-date.js";
import type { Services } from "../../services.js";
import { timeOfMinute } from "../planning/coordinated-organisation.js";
import { bakeryOfBread, closedOn } from "../sites/opening-hours.js";

export interface BreadScope {
  /** The organisation reading: it sees the names of its own home drops, no one else's. */
  reader: string;
  /** Bread made by these organisations; any bread when absent. */
  bakeries?: string[];
  /** Carried on these organisations' rounds; every round when absent. */
  carriers?: string[];
}

export async function breadDays(services: Services, scope: BreadScope, from: string, to: string): Promise<BreadDay[]> {
  const prisma = services.db.prisma;
  const now = services.now();
  const dates = { gte: dbDate(from), lte: dbDate(to) };
  const carried = scope.carriers ? { organisationId: { in: scope.carriers } } : {};
  const made = { compartment: "bread" as const, ...(scope.bakeries ? { organisationId: { in: scope.bakeries } } : {}) };
  const lines = await prisma.orderLine.findMany({
    where: { product: made, order: { status: { not: "cancelled" }, passage: { date: dates, status: "scheduled", ...carried } } },
    select: { quantity: true, product: { select: { id: true, name: true, unit: true, organisationId: true } }, order: { select: { passageId: true } } },
  });
  // Rounds whose organisation offers the bakery's bread, and the bakery's own rounds.
  const offers = await prisma.offer.findMany({ where: { active: true, product: made, ...carried }, select: { organisationId: true, product: { select: { organisationId: true } } } });
  const breadOf = new Map<string, Set<string>>();
  for (const o of offers) breadOf.set(o.organisationId, (breadOf.get(o.organisationId) ?? new Set()).add(o.product.organisationId));
  const passages = await prisma.passage.findMany({
    where: {
      date: dates, status: "scheduled", ...carried,
      OR: [{ id: { in: [...new Set(lines.map((l) => l.order.passageId))] } }, { organisationId: { in: [...breadOf.keys()] }, templateId: { not: null }, stop: { kind: "halt" } }],
    },
    include: {
      stop: true, organisation: { select: { id: true, name: true } }, template: { select: { name: true, departureMinute: true } },
      tour: { include: { vehicle: { select: { name: true } }, steps: { where: { kind: "bread_pickup" }, select: { siteId: true, plannedArrival: true } } } },
    },
    orderBy: [{ date: "asc" }, { windowStart: "asc" }, { id: "asc" }],
  });
  const bakeryIds = [...new Set([...lines.map((l) => l.product.organisationId), ...[...breadOf.values()].flatMap((s) => [...s])])];
  const [bakeries, sites] = await Promise.all([
    prisma.organisation.findMany({ where: { id: { in: bakeryIds } }, select: { id: true, name: true } }),
    prisma.site.findMany({ where: { kind: "bakery", organisationId: { in: bakeryIds } }, select: { id: true, organisationId: true, openingHours: true, archivedAt: true }, orderBy: { id: "asc" } }),
  ]);

  const days = new Map<string, BreadDay>();
  const rounds = new Map<string, BreadRound>();
  for (const p of passages) {
    const date = isoDate(p.date);
    const ordered = lines.filter((l) => l.order.passageId === p.id);
    const makers = new Set([...ordered.map((l) => l.product.organisationId), ...(p.templateId ? (breadOf.get(p.organisationId) ?? []) : [])]);
    for (const bakeryId of makers) {
      const bakery = bakeries.find((b) => b.id === bakeryId)!;
      const dayKey = `${date}|${bakeryId}`;
      const oven = bakeryOfBread(sites.filter((s) => !s.archivedAt), bakeryId, p.organisationId);
      const day = days.get(dayKey) ?? { date, bakery, cutoffAt: null, open: false, products: [], total: 0, rounds: [], bakeryClosed: !!oven && closedOn(oven.openingHours, weekdayOf(date)) };
      days.set(dayKey, day);
      const roundKey = `${dayKey}|${p.tourId ?? p.templateId ?? p.organisationId}`;
      let round = rounds.get(roundKey);
      if (!round) {
        const ovenSites = sites.filter((s) => s.organisationId === bakeryId).map((s) => s.id);
        const pickups = (p.tour?.steps ?? []).filter((s) => s.siteId && ovenSites.includes(s.siteId)).map((s) => s.plannedArrival.getTime());
        round = {
          carrier: p.organisation, roundName: p.template?.name ?? null, tourId: p.tourId, vehicleName: p.tour?.vehicle?.name ?? null, status: p.tour?.status ?? null,
          collectAt: pickups.length ? new Date(Math.min(...pickups)).toISOString() : null,
          departure: p.template ? timeOfMinute(p.template.departureMinute) : null, products: [], total: 0, stops: [],
        };
        rounds.set(roundKey, round);
        day.rounds.push(round);
      }
      const named = p.stop.kind === "halt" || p.organisationId === scope.reader;
      const stop: BreadStop = { passageId: p.id, kind: p.stop.kind, name: named ? p.stop.name : null, city: p.stop.city, cutoffAt: p.cutoffAt.toISOString(), open: p.cutoffAt > now, products: [], total: 0 };
      round.stops.push(stop);
      for (const line of ordered.filter((l) => l.product.organisationId === bakeryId)) {
        for (const target of [day, round, stop]) add(target, line);
      }
      if (!day.cutoffAt || p.cutoffAt.toISOString() > day.cutoffAt) day.cutoffAt = p.cutoffAt.toISOString();
      day.open ||= stop.open;
    }
  }
  // Rounds leaving at the same time read in the same order on every screen: by name, then tour.
  const byDeparture = (a: BreadRound, b: BreadRound) =>
    (a.departure ?? "").localeCompare(b.departure ?? "") || (a.roundName ?? "").localeCompare(b.roundName ?? "", "fr") || (a.tourId ?? "").localeCompare(b.tourId ?? "");
  for (const day of days.values()) day.rounds.sort(byDeparture);
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date) || a.bakery.name.localeCompare(b.bakery.name, "fr"));
}

type Counted = { products: BreadQuantity[]; total: number };

function add(target: Counted, line: { quantity: number; product: { id: string; name: string; unit: string } }): void {
  let row = target.products.find((p) => p.productId === line.product.id);
  if (!row) {
    row = { productId: line.product.id, productName: line.product.name, unit: line.product.unit, quantity: 0 };
    target.products.push(row);
    target.products.sort((a, b) => a.productName.localeCompare(b.productName, "fr"));
  }
  row.quantity += line.quantity;
  target.total += line.quantity;
}
