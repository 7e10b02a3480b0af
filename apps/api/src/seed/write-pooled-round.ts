import type { Prisma } from "../generated/prisma/client.js";
import type { PooledRoundPlan } from "./plan-pooled-round.js";

/** After the grocery's passages and tours: the Red Cross's households, parcels and partnership. */
export async function writePooledRound(tx: Prisma.TransactionClient, plan: PooledRoundPlan): Promise<void> {
  await tx.household.createMany({ data: plan.households });
  await tx.product.createMany({ data: plan.products });
  await tx.offer.createMany({ data: plan.offers });
  await tx.partnership.createMany({ data: plan.partnerships });
  await tx.order.createMany({ data: plan.orders });
  await tx.orderLine.createMany({ data: plan.lines });
  await tx.handover.createMany({ data: plan.handovers });
  await tx.payment.createMany({ data: plan.payments });
  await tx.wellbeingAlert.createMany({ data: plan.alerts });
}
