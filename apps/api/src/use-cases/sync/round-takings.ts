/**
 * The money the server has recorded for rounds, per payment method: what their driver hands in.
 * A payment counts on the round it was taken on (Payment.tourId), less any part held as an
 * overpayment for a coordinator to settle. Whichever phone closes the round, this is the figure.
 */
import type { Takings } from "@tournee/sync";
import type { PrismaClient } from "../../generated/prisma/client.js";

export async function roundTakings(prisma: PrismaClient, tourIds: readonly string[]): Promise<Map<string, Takings>> {
  const byRound = new Map<string, Takings>(tourIds.map((id) => [id, { cash: 0, card: 0, voucher: 0, credit: 0 }]));
  if (!tourIds.length) return byRound;
  const sums = await prisma.payment.groupBy({ by: ["tourId", "method"], where: { tourId: { in: [...tourIds] } }, _sum: { amountCents: true, heldCents: true } });
  for (const s of sums) {
    const takings = s.tourId ? byRound.get(s.tourId) : undefined;
    if (takings) takings[s.method] += (s._sum.amountCents ?? 0) - (s._sum.heldCents ?? 0);
  }
  return byRound;
}
