/**
 * Where the products an organisation sells come from: for each producer that supplies it directly
 * (an active supply agreement), the producer, its farm's commune, how far the farm is from the
 * organisation's warehouse, and the short-circuit mark (one intermediary: the organisation itself).
 */
import type { ProductLabel, Provenance } from "@tournee/domain";
import type { Prisma } from "../../generated/prisma/client.js";

/** A product, as much as its provenance needs. */
interface Made { id: string; organisationId: string; labels: string[] }

/** Provenance by product id, for the products of `products` made by a producer supplying `sellerId`. */
export async function provenanceOf(db: Prisma.TransactionClient, sellerId: string, products: readonly Made[]): Promise<Map<string, Provenance>> {
  const makers = [...new Set(products.map((p) => p.organisationId))].filter((id) => id !== sellerId);
  if (makers.length === 0) return new Map();
  const agreements = await db.supplyAgreement.findMany({
    where: { organisationId: sellerId, producerId: { in: makers }, active: true },
    include: { producer: { select: { name: true } }, farmSite: { select: { name: true, city: true } } },
  });
  const byProducer = new Map(agreements.map((a) => [a.producerId, a]));
  const provenance = new Map<string, Provenance>();
  for (const product of products) {
    const a = byProducer.get(product.organisationId);
    if (!a) continue;
    provenance.set(product.id, {
      producerName: a.producer.name,
      farmName: a.farmSite.name,
      commune: a.farmSite.city,
      distanceKm: a.distanceM === null ? null : Math.max(1, Math.round(a.distanceM / 1000)),
      distanceKind: a.distanceKind,
      labels: product.labels as ProductLabel[],
      shortCircuit: true,
    });
  }
  return provenance;
}
