/**
 * The partner's coordinator places (or replaces) a delivery for one of its households on a
 * passage of the carrier's round that the partnership covers, before that passage's cutoff. It is
 * the partner's order: its household, its products, priced by its own rules (the household's
 * rights with the partner, if any); nothing is taken from the carrier's stock. A household served
 * at home gets it at its door on the round of the passage's day (see home-passage.ts).
 */
import { priceOrder } from "@tournee/domain/pricing";
import type { PooledDeliveryCreate } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { isoDate } from "../../db/db-date.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { householdRights } from "../orders/household-rights.js";
import { checkPassageOpen } from "../orders/passage-gate.js";
import { recordAudit } from "../record-audit.js";
import { homePassageFor } from "./home-passage.js";
import { coveredPassages, covers, findPartnership, sideOf } from "./partnership-records.js";

const field = (path: string, message: string) => [{ in: "body" as const, path, message }];

export async function placePooledDelivery({ services, actor, id, input }: { services: Services; actor: Actor; id: string; input: PooledDeliveryCreate }) {
  return services.db.prisma.$transaction(async (tx) => {
    const partnership = await findPartnership(tx, actor, id);
    if (sideOf(actor, partnership) !== "partner") throw new ApiError("forbidden", "the partner places its own deliveries; the carrier's round carries them");
    if (partnership.status !== "active") throw new ApiError("conflict", `this partnership is ${partnership.status}: nothing more is carried`);
    const household = await tx.household.findFirst({ where: { id: input.householdId, organisationId: partnership.partnerId, archivedAt: null } });
    if (!household) throw new ApiError("validation_failed", "this household is not one of yours", field("householdId", "choose one of your households"));
    const chosen = await tx.passage.findFirst({ where: { AND: [{ id: input.passageId }, coveredPassages(partnership)] }, include: { stop: true } });
    const date = chosen ? isoDate(chosen.date) : "";
    if (!chosen || chosen.stop.kind !== "halt" || !covers(partnership, { date, templateId: chosen.templateId })) {
      throw new ApiError("validation_failed", "this passage is not a halt of the shared round", field("passageId", "choose a halt of the shared round"));
    }
    checkPassageOpen(chosen, services.now());
    // A household served at home gets its parcel at its door, on the shared round of that day.
    const passage = household.mobility === "needs_home_drop" ? await homePassageFor(tx, { carrierId: partnership.carrierId, household, day: chosen }) : chosen;
    const offers = await tx.offer.findMany({ where: { id: { in: input.lines.map((l) => l.offerId) }, organisationId: partnership.partnerId, active: true, product: { active: true } }, include: { product: true } });
    const missing = input.lines.flatMap((l, i) => (offers.some((o) => o.id === l.offerId) ? [] : field(`lines.${i}.offerId`, "not one of your products")));
    if (missing.length) throw new ApiError("offer_unavailable", `${missing.length} line(s) are not products of yours`, missing);
    const wanted = input.lines.map((l) => {
      const offer = offers.find((o) => o.id === l.offerId)!;
      return { ...l, productId: offer.productId, referencePriceCents: offer.product.referencePriceCents, socialPricing: offer.socialPricing };
    });
    const priced = priceOrder(wanted, await householdRights(tx, household.id, partnership.partnerId, date), date);
    const lines = wanted.map((l, i) => ({
      offerId: l.offerId, productId: l.productId, quantity: l.quantity, unitPriceCents: priced.lines[i]!.unitPriceCents, referenceUnitPriceCents: l.referencePriceCents, socialPrice: priced.lines[i]!.socialPriceApplied,
    }));
    const totals = { totalCents: priced.totalCents, referenceTotalCents: priced.referenceTotalCents, capReferenceCents: priced.socialReferenceCents };
    const existing = await tx.order.findFirst({ where: { householdId: household.id, passageId: passage.id, amapSubscriptionId: null } });
    if (existing && existing.organisationId !== partnership.partnerId) throw new ApiError("conflict", "this household already has an order on this passage");
    if (existing) await tx.orderLine.deleteMany({ where: { orderId: existing.id } });
    const order = existing
      ? await tx.order.update({ where: { id: existing.id }, data: { ...totals, status: "confirmed", cancelledAt: null, version: { increment: 1 }, lines: { create: lines } } })
      : await tx.order.create({
          data: { organisationId: partnership.partnerId, householdId: household.id, passageId: passage.id, channel: "phone", enteredById: actor.userId, cutoffAt: passage.cutoffAt, ...totals, lines: { create: lines } },
        });
    await recordAudit(tx, { actor, organisationId: partnership.partnerId, action: existing ? "update" : "create", entity: "Order", entityId: order.id, changes: { partnershipId: partnership.id, passageId: passage.id, totalCents: totals.totalCents } });
    // A door the day's published rounds do not pass yet: the carrier is told (added-after-publication.ts), and so is the partner.
    const awaitsReplanning = !passage.tourId && (await tx.tour.count({ where: { organisationId: partnership.carrierId, date: passage.date, status: { in: ["published", "in_progress"] } } })) > 0;
    return { orderId: order.id, totalCents: order.totalCents, replaced: Boolean(existing), homeDrop: passage !== chosen, awaitsReplanning };
  });
}
