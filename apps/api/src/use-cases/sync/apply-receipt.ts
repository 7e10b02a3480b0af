/**
 * The receiving checklist at a farm (`farm.received`): what the round received of each product it
 * was to load there. What was expected is the server's (the round's pickup at that farm, as
 * `farmPickups` counts it), so a phone cannot make the grocery owe for goods nobody ordered; a
 * later report of the same pickup (the driver counted again) replaces the earlier one. A receipt
 * is a fact about money owed to the farm, so it is kept even when it reaches a closed round.
 * What did not come leaves the last households of the round short (`recordShortfall`): their orders
 * say so and cost less, and the round gets a new version so the phone downloads the new amounts.
 */
import type { Decision, MutationPayload } from "@tournee/sync";
import { recordShortfall } from "../producers/record-shortfall.js";
import { farmPickups } from "../tours/farm-pickups.js";
import { rejected, type MutationContext } from "./mutation-context.js";

export async function applyFarmReceipt(ctx: MutationContext, p: MutationPayload<"farm.received">): Promise<Decision> {
  const steps = await ctx.tx.tourStep.findMany({ where: { tourId: ctx.round.id, kind: "farm_pickup", siteId: p.siteId } });
  const [pickup] = await farmPickups(ctx.tx, steps);
  if (!pickup) return rejected("unknown_pickup", "this round does not collect at this farm: tell the coordinator what you received there");
  const counted = new Map<string, { received: number; note?: string }>();
  for (const [i, line] of p.lines.entries()) {
    if (!pickup.products.some((x) => x.productId === line.productId)) return rejected("invalid_payload", `lines.${i}.productId: this product is not loaded at this farm on this round`);
    if (counted.has(line.productId)) return rejected("invalid_payload", `lines.${i}.productId: this product is counted twice`);
    counted.set(line.productId, line);
  }
  const offers = await ctx.tx.offer.findMany({ where: { organisationId: ctx.round.organisationId, productId: { in: pickup.products.map((x) => x.productId) } }, select: { id: true, productId: true } });
  const shortfalls: { productName: string; expected: number; received: number }[] = [];
  let repriced = false;
  for (const product of pickup.products) {
    const offer = offers.find((o) => o.productId === product.productId);
    if (!offer) continue;
    const line = counted.get(product.productId);
    const received = line?.received ?? product.quantity;
    const note = received < product.quantity ? (line?.note || null) : null;
    const data = { expected: product.quantity, received, note, recordedById: ctx.actor.userId, recordedAt: ctx.deviceTime, mutationId: ctx.mutation.id };
    await ctx.tx.supplyReceipt.upsert({
      where: { offerId_date_tourId: { offerId: offer.id, date: ctx.round.date, tourId: ctx.round.id } },
      create: { offerId: offer.id, date: ctx.round.date, tourId: ctx.round.id, ...data },
      update: data,
    });
    if ((await recordShortfall(ctx.tx, { offerId: offer.id, passages: { tourId: ctx.round.id }, received })).length) repriced = true;
    if (received < product.quantity) shortfalls.push({ productName: product.productName, expected: product.quantity, received });
  }
  if (repriced) await ctx.updateRound({ version: { increment: 1 } });
  ctx.change("farm.received", p.siteId, { siteName: pickup.siteName, shortfalls });
  return ctx.applied();
}
