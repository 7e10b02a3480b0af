/**
 * What a tour loads at each bakery it calls at: one stop per visit (the tour's bread steps that
 * share a stop number), with the crates to load, the breads by product and how many go to each
 * of the tour's stops. The tour sheet, the planning page and the driver's phone all read it, so
 * they show the same stop with the same number.
 */
import type { Prisma } from "../../generated/prisma/client.js";

type Db = Prisma.TransactionClient;

export interface BreadPickup {
  /** Where the goods are loaded: bread at a bakery, or a producer's goods at its farm (see farm-pickups.ts). */
  source: "bakery" | "farm";
  /** The stop's number in the tour, from 0 (shared with the passages'). */
  sequence: number;
  siteId: string;
  siteName: string;
  address: string;
  latitude: number;
  longitude: number;
  plannedArrival: string | null;
  plannedDeparture: string | null;
  /** Whole crates to load, counted on what the breads take (small orders share crates). */
  crates: number;
  products: { productId: string; productName: string; unit: string; quantity: number }[];
  /** Breads per stop of the tour they are handed over at, in driving order. */
  stops: { sequence: number | null; stopName: string; quantity: number }[];
}

export type PickupStep = { kind: string; sequence: number; passageId: string; siteId: string | null; plannedArrival: Date; plannedDeparture: Date };

/** The breads a bakery site makes: those of the organisation the site belongs to. */
export async function bakeryOfProducts(prisma: Db, organisationIds: readonly string[]): Promise<Map<string, string>> {
  const sites = await prisma.site.findMany({ where: { kind: "bakery", organisationId: { in: [...new Set(organisationIds)] } } });
  return new Map(sites.map((s) => [s.organisationId, s.id]));
}

export async function breadPickups(prisma: Db, steps: readonly PickupStep[]): Promise<BreadPickup[]> {
  const passageIds = steps.filter((s) => s.kind === "bread_pickup").map((s) => s.passageId);
  if (!passageIds.length) return [];
  const organisationIds = await prisma.orderLine.findMany({ where: { order: { passageId: { in: passageIds } }, product: { compartment: "bread" } }, select: { product: { select: { organisationId: true } } }, distinct: ["productId"] });
  const makers = await bakeryOfProducts(prisma, organisationIds.map((l) => l.product.organisationId));
  return sitePickups(prisma, steps, {
    kind: "bread_pickup", source: "bakery", compartment: { equals: "bread" },
    fromSite: (site, product) => makers.get(product.organisationId) === site.id,
    // Hundredths of a crate per unit: small orders share crates.
    crates: (lines) => Math.ceil(lines.reduce((n, l) => n + l.quantity * l.product.sizePer100, 0) / 100),
  });
}

type Line = { productId: string; quantity: number; product: { name: string; unit: string; organisationId: string; sizePer100: number } };

/**
 * The stops of a tour at one kind of site (bakery or farm): the steps sharing a stop number and a
 * site are one stop, with what its passages' orders take from there.
 */
export async function sitePickups(prisma: Db, steps: readonly PickupStep[], how: {
  kind: string; source: BreadPickup["source"]; compartment: { equals: "bread" } | { not: "bread" };
  fromSite(site: { id: string; organisationId: string }, product: Line["product"]): boolean;
  crates(lines: readonly Line[]): number;
}): Promise<BreadPickup[]> {
  const pickups = steps.filter((s) => s.kind === how.kind && s.siteId);
  if (!pickups.length) return [];
  const [sites, passages] = await Promise.all([
    prisma.site.findMany({ where: { id: { in: pickups.map((s) => s.siteId!) } } }),
    prisma.passage.findMany({
      where: { id: { in: pickups.map((s) => s.passageId) } },
      include: { stop: true, orders: { where: { status: { not: "cancelled" } }, include: { lines: { where: { product: { compartment: how.compartment } }, include: { product: true } } } } },
    }),
  ]);
  const groups = new Map<string, PickupStep[]>();
  for (const step of pickups) groups.set(`${step.sequence}|${step.siteId}`, [...(groups.get(`${step.sequence}|${step.siteId}`) ?? []), step]);
  return [...groups.values()].map((group) => {
    const site = sites.find((s) => s.id === group[0]!.siteId)!;
    const products = new Map<string, BreadPickup["products"][number]>();
    const stops: BreadPickup["stops"] = [];
    const loaded: Line[] = [];
    for (const step of group) {
      const passage = passages.find((p) => p.id === step.passageId);
      const lines = (passage?.orders ?? []).flatMap((o) => o.lines).filter((l) => how.fromSite(site, l.product));
      for (const line of lines) {
        const row = products.get(line.productId) ?? { productId: line.productId, productName: line.product.name, unit: line.product.unit, quantity: 0 };
        row.quantity += line.quantity;
        products.set(line.productId, row);
      }
      loaded.push(...lines);
      if (passage) stops.push({ sequence: passage.sequence, stopName: passage.stop.name, quantity: lines.reduce((n, l) => n + l.quantity, 0) });
    }
    return {
      source: how.source, sequence: group[0]!.sequence, siteId: site.id, siteName: site.name, address: how.source === "farm" ? `${site.addressLine}, ${site.city}` : site.addressLine,
      latitude: site.latitude, longitude: site.longitude,
      plannedArrival: min(group.map((s) => s.plannedArrival))?.toISOString() ?? null, plannedDeparture: max(group.map((s) => s.plannedDeparture))?.toISOString() ?? null,
      crates: how.crates(loaded),
      products: [...products.values()].sort((a, b) => a.productName.localeCompare(b.productName, "fr")),
      stops: stops.sort((a, b) => (a.sequence ?? Infinity) - (b.sequence ?? Infinity)),
    };
  }).sort((a, b) => a.sequence - b.sequence);
}

const min = (dates: Date[]) => dates.reduce<Date | undefined>((m, d) => (!m || d < m ? d : m), undefined);
const max = (dates: Date[]) => dates.reduce<Date | undefined>((m, d) => (!m || d > m ? d : m), undefined);
