/**
 * What a tour loads at each farm it calls at (producers whose goods a round collects): one stop per
 * visit, with the crates to load, the products and how many go to each of the tour's stops, in the
 * shape of a bakery stop, so the tour sheet, the loading list, the planning page and the driver's
 * phone show it the same way. `tourPickups` gives both kinds in driving order.
 */
import type { Prisma } from "../../generated/prisma/client.js";

type Db = Prisma.TransactionClient;
import { CRATE_LITRES } from "../planning/planning-day.js";
import { breadPickups, sitePickups, type BreadPickup, type PickupStep } from "./bread-pickups.js";

/** The farm site a round collects each producer's goods at, for the organisation whose rounds carry them. */
export async function farmOfProducers(prisma: Db, organisationId: string): Promise<Map<string, string>> {
  const rows = await prisma.supplyAgreement.findMany({ where: { organisationId, route: "farm_pickup", active: true }, select: { producerId: true, farmSiteId: true } });
  return new Map(rows.map((r) => [r.producerId, r.farmSiteId]));
}

export function farmPickups(prisma: Db, steps: readonly PickupStep[]): Promise<BreadPickup[]> {
  return sitePickups(prisma, steps, {
    kind: "farm_pickup", source: "farm", compartment: { not: "bread" },
    // The farm site belongs to the producer: its goods are the products of that organisation.
    fromSite: (site, product) => product.organisationId === site.organisationId,
    crates: (lines) => Math.max(1, Math.ceil(lines.reduce((n, l) => n + (l.quantity * l.product.sizePer100) / 100, 0) / CRATE_LITRES)),
  });
}

/** Every stop of a tour at a bakery or a farm, in driving order. */
export async function tourPickups(prisma: Db, steps: readonly PickupStep[]): Promise<BreadPickup[]> {
  const [bread, farm] = await Promise.all([breadPickups(prisma, steps), farmPickups(prisma, steps)]);
  return [...bread, ...farm].sort((a, b) => a.sequence - b.sequence);
}
