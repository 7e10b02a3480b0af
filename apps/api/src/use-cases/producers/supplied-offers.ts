/**
 * Offers whose product a producer supplies the selling organisation directly: they are sold on a
 * date only as far as the producer declared it can supply (SupplyDeclaration), across every round.
 */
import type { Prisma } from "../../generated/prisma/client.js";

export async function suppliedOffers(db: Prisma.TransactionClient, sellerId: string, offerIds?: readonly string[]): Promise<Set<string>> {
  const rows = await db.offer.findMany({
    where: { organisationId: sellerId, ...(offerIds ? { id: { in: [...offerIds] } } : {}), product: { organisation: { supplies: { some: { organisationId: sellerId, active: true } } } } },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}
