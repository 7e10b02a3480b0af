/**
 * The money the server has recorded for rounds, per payment method: what their driver hands in.
 * A payment counts on the round it was taken on (Payment.tourId), less any part held as an
 * overpayment for a coordinator to settle. Whichever phone closes the round, this is the figure.
 * Money a former driver took before the round was handed over is with them, not with its driver:
 * it counts for the household (the order is paid), not here (rule round_handed_over).
 */
import type { PartnerTakings, Takings } from "@tournee/sync";
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";

/** Payments on these rounds collected by each round's own driver. */
async function byRoundDriver(prisma: PrismaClient, tourIds: readonly string[]): Promise<Prisma.PaymentWhereInput> {
  const tours = await prisma.tour.findMany({ where: { id: { in: [...tourIds] } }, select: { id: true, driverId: true } });
  return { OR: tours.map((t) => ({ tourId: t.id, ...(t.driverId ? { collectedById: t.driverId } : {}) })) };
}

export async function roundTakings(prisma: PrismaClient, tourIds: readonly string[]): Promise<Map<string, Takings>> {
  const byRound = new Map<string, Takings>(tourIds.map((id) => [id, { cash: 0, card: 0, voucher: 0, credit: 0 }]));
  if (!tourIds.length) return byRound;
  const sums = await prisma.payment.groupBy({ by: ["tourId", "method"], where: await byRoundDriver(prisma, tourIds), _sum: { amountCents: true, heldCents: true } });
  for (const s of sums) {
    const takings = s.tourId ? byRound.get(s.tourId) : undefined;
    if (takings) takings[s.method] += (s._sum.amountCents ?? 0) - (s._sum.heldCents ?? 0);
  }
  return byRound;
}

/**
 * Of each round's takings, the money collected for the partners it carries for (orders of another
 * organisation than the round's, see pooled rounds): reported to them, split on the closing summary.
 */
export async function partnerTakings(prisma: PrismaClient, tourIds: readonly string[]): Promise<Map<string, PartnerTakings>> {
  const byRound = new Map<string, PartnerTakings>(tourIds.map((id) => [id, []]));
  if (!tourIds.length) return byRound;
  const payments = await prisma.payment.findMany({
    where: { AND: [await byRoundDriver(prisma, tourIds), { order: { isNot: null } }] },
    select: { tourId: true, method: true, amountCents: true, heldCents: true, order: { select: { organisationId: true, organisation: { select: { name: true } }, passage: { select: { organisationId: true } } } } },
  });
  for (const pay of payments) {
    if (!pay.tourId || !pay.order || pay.order.organisationId === pay.order.passage.organisationId) continue;
    const list = byRound.get(pay.tourId)!;
    let entry = list.find((e) => e.organisationName === pay.order!.organisation.name);
    if (!entry) list.push((entry = { organisationName: pay.order.organisation.name, takings: { cash: 0, card: 0, voucher: 0, credit: 0 } }));
    entry.takings[pay.method] += pay.amountCents - pay.heldCents;
  }
  return byRound;
}
